package dev.retort.dialect.sql;

/**
 * One statement of a script, without its terminator.
 *
 * @param sql the statement text, from its first token (leading comments dropped)
 * @param line 1-based line of its first token in the file it came from
 */
public record SqlStatement(String sql, int line) {}
