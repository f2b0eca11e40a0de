package dev.retort.dialect;

import dev.retort.dialect.sql.SqlSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognises statements that end or start a transaction (COMMIT, ROLLBACK, BEGIN, START
 * TRANSACTION, END, ABORT, PREPARE TRANSACTION). Inside a revision that Retort runs in a
 * transaction, such a statement commits or discards part of the revision behind Retort's back:
 * a later failure would be reported as rolled back while the work before it stayed committed.
 *
 * <p>Works on one statement as {@link SqlSplitter} cut it, so a BEGIN ... END inside a dollar
 * quote or a CREATE FUNCTION/PROCEDURE/TRIGGER body is part of that statement and never its first
 * word. Only the leading words are read, skipping comments between them.
 */
public final class TransactionControl {
    private TransactionControl() {}

    /** The statement's transaction-control keywords (e.g. "COMMIT", "START TRANSACTION"), or null. */
    public static String of(String statement) {
        List<String> w = leadingWords(statement, 4);
        if (w.isEmpty()) {
            return null;
        }
        String first = w.get(0);
        String second = w.size() > 1 ? w.get(1) : "";
        return switch (first) {
            case "COMMIT", "END", "ABORT" -> first;
            case "ROLLBACK" -> rollsBackToSavepoint(w) ? null : first;
            // MariaDB's anonymous compound statement; PostgreSQL's SQL-standard function body
            case "BEGIN" -> second.equals("NOT") || second.equals("ATOMIC") ? null : first;
            case "START", "PREPARE" -> second.equals("TRANSACTION") ? first + " TRANSACTION" : null;
            default -> null;
        };
    }

    /** ROLLBACK [WORK|TRANSACTION] TO [SAVEPOINT] x: undoes part of the transaction and keeps it open. */
    private static boolean rollsBackToSavepoint(List<String> w) {
        int i = 1;
        if (i < w.size() && (w.get(i).equals("WORK") || w.get(i).equals("TRANSACTION"))) {
            i++;
        }
        return i < w.size() && w.get(i).equals("TO");
    }

    /** Up to {@code max} leading words, upper-cased; stops at the first token that is no word. */
    static List<String> leadingWords(String sql, int max) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n && out.size() < max) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (Character.isLetter(c) || c == '_') {
                int from = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                    i++;
                }
                out.add(sql.substring(from, i).toUpperCase(Locale.ROOT));
            } else {
                break;
            }
        }
        return out;
    }
}
