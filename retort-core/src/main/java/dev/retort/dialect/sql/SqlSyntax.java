package dev.retort.dialect.sql;

/**
 * The lexical features of one database's SQL: the hooks of {@link dev.retort.dialect.sql.SqlLexer},
 * which decide how text is cut into tokens and where a statement ends.
 *
 * @param dollarQuotes PostgreSQL's $$ and $tag$ quoting (TAGGED), H2's $$ only (PLAIN), or none
 * @param backticks `quoted` identifiers (MySQL)
 * @param hashComments # starts a line comment (MySQL)
 * @param backslashEscapes backslash escapes inside '...' and "..." (MySQL's default)
 * @param escapeStrings E'...' strings with backslash escapes (PostgreSQL)
 * @param nestedComments block comments nest (PostgreSQL)
 * @param delimiterCommand the client command {@code DELIMITER x} changes the terminator (MySQL)
 * @param blocks which BEGIN ... END bodies keep their inner semicolons
 * @param bracketQuotes [quoted] identifiers (SQLite)
 */
public record SqlSyntax(
        DollarQuotes dollarQuotes,
        boolean backticks,
        boolean hashComments,
        boolean backslashEscapes,
        boolean escapeStrings,
        boolean nestedComments,
        boolean delimiterCommand,
        Blocks blocks,
        boolean bracketQuotes) {

    /** MySQL's executable comments (/*! and /*M!) and optimizer hints (/*+) hold text the server runs. */
    public boolean executableComments() {
        return backticks && hashComments;
    }

    /** MySQL needs whitespace after "--" for a line comment; elsewhere "--" always starts one. */
    public boolean dashCommentNeedsSpace() {
        return hashComments;
    }

    public enum DollarQuotes { NONE, PLAIN, TAGGED }

    public enum Blocks {
        NONE,
        /** CREATE TRIGGER ... BEGIN ... END (SQLite). */
        TRIGGER,
        /** CREATE TRIGGER/PROCEDURE/FUNCTION/EVENT bodies and BEGIN NOT ATOMIC (MySQL, MariaDB). */
        ROUTINE,
        /** BEGIN ATOMIC ... END bodies of SQL-standard functions (PostgreSQL 14+). */
        ATOMIC
    }

    public static final SqlSyntax POSTGRESQL =
            new SqlSyntax(DollarQuotes.TAGGED, false, false, false, true, true, false, Blocks.ATOMIC, false);
    public static final SqlSyntax MYSQL =
            new SqlSyntax(DollarQuotes.NONE, true, true, true, false, false, true, Blocks.ROUTINE, false);
    public static final SqlSyntax SQLITE =
            new SqlSyntax(DollarQuotes.NONE, true, false, false, false, false, false, Blocks.TRIGGER, true);
    public static final SqlSyntax H2 =
            new SqlSyntax(DollarQuotes.PLAIN, false, false, false, false, false, false, Blocks.NONE, false);
}
