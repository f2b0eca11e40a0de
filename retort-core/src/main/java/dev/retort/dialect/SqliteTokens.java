package dev.retort.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small tokenizer for the CREATE TABLE / CREATE INDEX text SQLite keeps in sqlite_master:
 * shared by the table rebuild (which edits that text) and by reflection (which reads it).
 */
public final class SqliteTokens {
    private SqliteTokens() {}

    public record Token(String text, int start, int end, char kind) {
        /** 'w' word or number, 'q' quoted identifier, 's' string literal, 'p' punctuation. */
        public String upper() {
            return kind == 'w' ? text.toUpperCase(Locale.ROOT) : "";
        }

        public String unquoted() {
            return switch (kind) {
                case 'q' -> text.charAt(0) == '['
                        ? text.substring(1, text.length() - 1)
                        : text.substring(1, text.length() - 1).replace(text.substring(0, 1) + text.charAt(0), text.substring(0, 1));
                case 's' -> text.substring(1, text.length() - 1).replace("''", "'");
                default -> text;
            };
        }

        public boolean is(String punct) {
            return kind == 'p' && text.equals(punct);
        }
    }

    /** The tokens of {@code s}, comments and whitespace dropped. */
    public static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int close = s.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                i = closingQuote(s, i, c);
                out.add(new Token(s.substring(start, i), start, i, c == '\'' ? 's' : 'q'));
            } else if (c == '[') {
                int close = s.indexOf(']', i);
                i = close < 0 ? n : close + 1;
                out.add(new Token(s.substring(start, i), start, i, 'q'));
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c > 127) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || "_$.".indexOf(s.charAt(i)) >= 0 || s.charAt(i) > 127)) {
                    i++;
                }
                out.add(new Token(s.substring(start, i), start, i, 'w'));
            } else {
                i++;
                out.add(new Token(s.substring(start, i), start, i, 'p'));
            }
        }
        return out;
    }

    /** Index just past the quote closing the one at {@code i}; a doubled quote is part of the text. */
    private static int closingQuote(String s, int i, char q) {
        int j = i + 1;
        while (j < s.length()) {
            if (s.charAt(j) == q) {
                if (j + 1 < s.length() && s.charAt(j + 1) == q) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return s.length();
    }
}
