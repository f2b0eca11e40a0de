package dev.retort.dialect.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements at the terminators {@link SqlLexer} finds: a terminator inside
 * quotes, comments, dollar quotes or a routine body does not end a statement. Statements keep the
 * line they start on so errors can point into the revision file. Comments inside a statement are
 * kept (the database ignores them); comment-only pieces are dropped.
 */
public final class SqlSplitter {
    private SqlSplitter() {}

    /** Splits {@code sql}, whose first line is line 1. */
    public static List<SqlStatement> split(String sql, SqlSyntax syntax) {
        return split(sql, syntax, "<sql>", 1);
    }

    /**
     * Splits {@code sql}, which starts on line {@code firstLine} of {@code file}; an unterminated
     * quote or comment is a usage error naming the file and line where it opened.
     */
    public static List<SqlStatement> split(String sql, SqlSyntax syntax, String file, int firstLine) {
        List<SqlStatement> out = new ArrayList<>();
        SqlLexer lexer = SqlLexer.script(sql, syntax, file, firstLine);
        int start = -1;
        int startLine = 0;
        while (lexer.advance()) {
            switch (lexer.kind()) {
                case TERMINATOR -> {
                    add(out, sql, start, lexer.start(), startLine);
                    start = -1;
                }
                case COMMAND -> { } // DELIMITER: a client command, never sent
                default -> {
                    if (start < 0) {
                        start = lexer.start();
                        startLine = lexer.line();
                    }
                }
            }
        }
        add(out, sql, start, sql.length(), startLine);
        return List.copyOf(out);
    }

    /**
     * The tokens of one statement as {@link #split} returns it, starting on {@code firstLine}:
     * the same lexer, so a check reads the statement exactly as the splitter and the database
     * cut it.
     */

    private static void add(List<SqlStatement> out, String sql, int start, int end, int line) {
        if (start >= 0) {
            String text = sql.substring(start, end).strip();
            if (!text.isEmpty()) {
                out.add(new SqlStatement(text, line));
            }
        }
    }
}
