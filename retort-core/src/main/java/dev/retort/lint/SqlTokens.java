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
        return new SqlTokens(sql, new Lexer(sql, syntax).run());
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

    /** Splits a statement into tokens; comments and whitespace are dropped. */
    private static final class Lexer {
        private final String s;
        private final SqlSyntax syntax;
        private final List<Token> out = new ArrayList<>();
        private int i;

        Lexer(String s, SqlSyntax syntax) {
            this.s = s;
            this.syntax = syntax;
        }

        List<Token> run() {
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                int start = i;
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '-' && at(1) == '-' || c == '#' && syntax.hashComments()) {
                    while (i < n && s.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '/' && at(1) == '*') {
                    blockComment();
                } else if (c == '\'') {
                    quoted('\'', syntax.backslashEscapes());
                    add(Kind.STRING, start);
                } else if ((c == 'E' || c == 'e') && at(1) == '\'' && syntax.escapeStrings()) {
                    i++;
                    quoted('\'', true);
                    add(Kind.STRING, start);
                } else if (c == '"') {
                    quoted('"', false);
                    add(Kind.QUOTED, start);
                } else if (c == '`' && syntax.backticks()) {
                    quoted('`', false);
                    add(Kind.QUOTED, start);
                } else if (c == '$' && dollarQuote()) {
                    add(Kind.STRING, start);
                } else if (Character.isDigit(c)) {
                    while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                        i++;
                    }
                    add(Kind.NUMBER, start);
                } else if (Character.isLetter(c) || c == '_') {
                    while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) {
                        i++;
                    }
                    add(Kind.WORD, start);
                } else {
                    i += c == ':' && at(1) == ':' ? 2 : 1;
                    add(Kind.SYMBOL, start);
                }
            }
            return out;
        }

        private char at(int ahead) {
            return i + ahead < s.length() ? s.charAt(i + ahead) : '\0';
        }

        private void add(Kind kind, int start) {
            out.add(new Token(kind, s.substring(start, i), start, i));
        }

        private void quoted(char q, boolean backslash) {
            i++;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (backslash && c == '\\') {
                    i += 2;
                } else if (c == q && at(1) == q) {
                    i += 2;
                } else if (c == q) {
                    i++;
                    return;
                } else {
                    i++;
                }
            }
        }

        private void blockComment() {
            int depth = 0;
            while (i < s.length()) {
                if (s.startsWith("/*", i)) {
                    depth = syntax.nestedComments() || depth == 0 ? depth + 1 : depth;
                    i += 2;
                } else if (s.startsWith("*/", i)) {
                    i += 2;
                    if (--depth == 0) {
                        return;
                    }
                } else {
                    i++;
                }
            }
        }

        /** $$...$$ or $tag$...$tag$ as the syntax allows; false (nothing consumed) for anything else. */
        private boolean dollarQuote() {
            if (syntax.dollarQuotes() == SqlSyntax.DollarQuotes.NONE) {
                return false;
            }
            int j = i + 1;
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
            if (j >= s.length() || s.charAt(j) != '$' || (j > i + 1 && syntax.dollarQuotes() == SqlSyntax.DollarQuotes.PLAIN)
                    || (j > i + 1 && Character.isDigit(s.charAt(i + 1)))) {
                return false;
            }
            String tag = s.substring(i, j + 1);
            int close = s.indexOf(tag, j + 1);
            i = close < 0 ? s.length() : close + tag.length();
            return true;
        }
    }
}
