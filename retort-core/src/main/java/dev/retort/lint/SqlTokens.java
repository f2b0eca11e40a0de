package dev.retort.lint;

import dev.retort.dialect.SqlSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one SQL statement, with a cursor to read them. Knows just enough SQL lexing
 * (quotes, comments, dollar quotes) that a keyword inside a string or a comment is never taken
 * for a keyword; everything else is left to the statement classifier.
 */
final class SqlTokens {
    enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL }

    /** {@code start}/{@code end}: offsets in the statement text, for slicing out expressions. */
    record Token(Kind kind, String text, int start, int end) {
        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(String s) {
            return kind == Kind.SYMBOL && text.equals(s);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private static final Token END = new Token(Kind.SYMBOL, "", -1, -1);

    private final String sql;
    private final List<Token> tokens;
    private int pos;

    private SqlTokens(String sql, List<Token> tokens) {
        this.sql = sql;
        this.tokens = tokens;
    }

    static SqlTokens lex(String sql, SqlSyntax syntax) {
        return new SqlTokens(sql, new SqlLexer(sql, syntax).run());
    }

    // --- the cursor ----------------------------------------------------------------------------

    boolean atEnd() {
        return pos >= tokens.size();
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = pos + ahead;
        return i < tokens.size() ? tokens.get(i) : END;
    }

    Token next() {
        Token t = peek();
        pos = Math.min(pos + 1, tokens.size());
        return t;
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    /** Consumes the words if they come next, all of them; otherwise consumes nothing. */
    boolean accept(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!peek(i).is(words[i])) {
                return false;
            }
        }
        pos += words.length;
        return true;
    }

    boolean acceptSymbol(String s) {
        if (peek().isSymbol(s)) {
            pos++;
            return true;
        }
        return false;
    }

    /**
     * A possibly qualified name ({@code schema.table}); returns its last part, or null when no
     * name comes next (or it is the empty {@code ""}).
     */
    String name() {
        if (!peek().isName()) {
            return null;
        }
        String last = unquote(next());
        while (peek().isSymbol(".") && peek(1).isName()) {
            pos++;
            last = unquote(next());
        }
        return last.isEmpty() ? null : last;
    }

    /** Skips one token, or a whole parenthesised group when it starts one. */
    void skipItem() {
        if (!peek().isSymbol("(")) {
            next();
            return;
        }
        int depth = 0;
        do {
            Token t = next();
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
        } while (depth > 0 && !atEnd());
    }

    /** The items of a parenthesised list that comes next, each as its own tokens; empty when no list comes. */
    List<SqlTokens> list() {
        List<SqlTokens> items = new ArrayList<>();
        if (!acceptSymbol("(")) {
            return items;
        }
        int from = pos;
        int depth = 0;
        while (!atEnd()) {
            Token t = peek();
            if (depth == 0 && (t.isSymbol(",") || t.isSymbol(")"))) {
                items.add(new SqlTokens(sql, tokens.subList(from, pos)));
                next();
                if (t.isSymbol(")")) {
                    break;
                }
                from = pos;
                continue;
            }
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            next();
        }
        return items;
    }

    /** The rest split at commas outside parentheses (ALTER TABLE's several actions). */
    List<SqlTokens> splitRest() {
        List<SqlTokens> parts = new ArrayList<>();
        int from = pos;
        int depth = 0;
        for (; pos < tokens.size(); pos++) {
            Token t = tokens.get(pos);
            if (depth == 0 && t.isSymbol(",")) {
                parts.add(new SqlTokens(sql, tokens.subList(from, pos)));
                from = pos + 1;
            }
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
        }
        parts.add(new SqlTokens(sql, tokens.subList(from, tokens.size())));
        return parts;
    }

    /** The original text from token {@code from} up to (not including) the current token. */
    String textFrom(int from) {
        if (from >= pos || from >= tokens.size()) {
            return "";
        }
        return sql.substring(tokens.get(from).start(), tokens.get(pos - 1).end()).strip();
    }

    /** The whole text of these tokens. */
    String text() {
        return tokens.isEmpty() ? "" : sql.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end()).strip();
    }

    boolean containsWord(String word) {
        return tokens.stream().anyMatch(t -> t.is(word));
    }

    static String unquote(Token t) {
        if (t.kind() != Kind.QUOTED) {
            return t.text();
        }
        String q = t.text().substring(0, 1);
        String inner = t.text().substring(1, t.text().length() - 1);
        return inner.replace(q + q, q);
    }
}
