package dev.retort.dialect.sql;

import java.util.Locale;

/**
 * One token as {@link SqlLexer} reads it: comments and whitespace are not tokens, but the text of
 * MySQL's executable comments ({@code /*!40101 ... *}{@code /}) is.
 *
 * @param start offset of the first character in the statement text
 * @param end offset just past the last character
 * @param line the line the token is on
 */
public record SqlToken(Kind kind, String text, int start, int end, int line) {
    public enum Kind {
        /** An unquoted identifier or keyword. */
        WORD,
        /** A quoted identifier: "x" (not on MySQL), `x`, or [x] (SQLite). */
        QUOTED,
        /** A string literal: 'x', E'x', $$x$$, or "x" on MySQL. */
        STRING,
        NUMBER,
        /** One character of punctuation or an operator, or PostgreSQL's cast {@code ::}. */
        PUNCT,
        /** Where a statement of a script ends: ';' or the terminator DELIMITER set. */
        TERMINATOR,
        /** The client command {@code DELIMITER x} of a script; never sent to the database. */
        COMMAND,
        /** The opening or closing marker of an executable comment, or a whole optimizer hint. */
        HINT
    }

    /** A word in upper case; "" for other kinds. */
    public String upper() {
        return kind == Kind.WORD ? text.toUpperCase(Locale.ROOT) : "";
    }

    public boolean isWord(String upper) {
        return kind == Kind.WORD && text.equalsIgnoreCase(upper);
    }

    public boolean is(String punct) {
        return kind == Kind.PUNCT && text.equals(punct);
    }

    /** Whether this token can name something: a word or a quoted identifier. */
    public boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    /** The name without its quotes (doubled quotes undone), or the text of other kinds. */
    public String name() {
        if (kind != Kind.QUOTED && kind != Kind.STRING || text.length() < 2) {
            return text;
        }
        char q = text.charAt(0);
        if (q == '[') {
            return text.substring(1, text.length() - 1);
        }
        if (q == '$') {
            int tag = text.indexOf('$', 1) + 1;
            return text.substring(tag, text.length() - tag);
        }
        int from = q == 'E' || q == 'e' ? 2 : 1;
        String quote = String.valueOf(text.charAt(from - 1));
        return text.substring(from, text.length() - 1).replace(quote + quote, quote);
    }
}
