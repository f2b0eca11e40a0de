package dev.retort.schema.model;

import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.dialect.sql.SqlLexer;
import dev.retort.dialect.sql.SqlToken;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparison keys for SQL expressions (defaults, check conditions, partial-index predicates):
 * each database gives back its own spelling of what the user wrote (PostgreSQL adds casts and
 * parentheses, MySQL backticks, H2 upper-cases and quotes), so expressions are compared by a
 * key that folds those differences away. The original text is kept for rendering.
 */
public final class Expressions {
    private static final Pattern CAST = Pattern.compile(
            "::(?:\"[^\"]*\"|[a-z_][a-z0-9_]*(?: varying| precision| with time zone| without time zone)?)(?:\\(\\d+(?:,\\d+)?\\))?(?:\\[\\])*");

    /**
     * The spellings every database gives back: 'strings' with doubled quotes, "names" and `names`;
     * no dialect is known here, and none of them returns backslash escapes, dollar quotes or [names].
     */
    private static final SqlSyntax SYNTAX = new SqlSyntax(SqlSyntax.DollarQuotes.NONE, true, false, false, false, false,
            false, SqlSyntax.Blocks.NONE, false);

    private Expressions() {}

    /** The key of an expression; null stays null. */
    public static String key(String sql) {
        if (sql == null) {
            return null;
        }
        // String literals keep their case and spacing: set them aside behind placeholders.
        List<String> literals = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        String s = sql.strip();
        int done = 0;
        for (SqlToken t : SqlLexer.tokens(s, SYNTAX, 1)) {
            if (t.kind() == SqlToken.Kind.STRING || t.kind() == SqlToken.Kind.QUOTED) {
                plain.append(s, done, t.start());
                if (t.kind() == SqlToken.Kind.STRING) {
                    plain.append("\u0000").append(literals.size()).append("\u0000");
                    literals.add(t.text());
                } else {
                    plain.append(t.name());
                }
                done = t.end();
            }
        }
        plain.append(s, done, s.length());
        String key = normalize(plain.toString());
        for (int n = 0; n < literals.size(); n++) {
            key = key.replace("\u0000" + n + "\u0000", literals.get(n));
        }
        return key;
    }

    private static String normalize(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        s = CAST.matcher(s.replaceAll(" ?:: ?", "::")).replaceAll("");
        s = s.replace("current_timestamp()", "current_timestamp").replace("now()", "current_timestamp");
        // Grouping parentheses (not those of a function call) are spelled differently by every database.
        StringBuilder out = new StringBuilder();
        ArrayDeque<Boolean> calls = new ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                boolean call = i > 0 && isWord(s.charAt(i - 1));
                calls.push(call);
                if (call) {
                    out.append(c);
                }
            } else if (c == ')') {
                if (calls.isEmpty() || calls.pop()) {
                    out.append(c);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString().replaceAll(" ?(<>|!=|<=|>=|[,<>=+*/-]) ?", "$1").replaceAll("\\s+", " ").strip();
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Strips parentheses that enclose the whole expression: {@code ((a > 0))} gives {@code a > 0}. */
    public static String unwrap(String sql) {
        String s = sql.strip();
        while (s.startsWith("(") && s.endsWith(")") && enclosesAll(s)) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static boolean enclosesAll(String s) {
        int depth = 0;
        for (SqlToken t : SqlLexer.tokens(s, SYNTAX, 1)) {
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
                if (depth == 0 && t.end() < s.length()) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}
