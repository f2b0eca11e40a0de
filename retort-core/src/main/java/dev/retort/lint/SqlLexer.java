package dev.retort.lint;

import dev.retort.dialect.SqlSyntax;
import dev.retort.lint.SqlTokens.Kind;
import dev.retort.lint.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;

/** Splits one statement into tokens for {@link SqlTokens}; comments and whitespace are dropped. */
final class SqlLexer {
    private final String s;
    private final SqlSyntax syntax;
    private final List<Token> out = new ArrayList<>();
    private int i;

    SqlLexer(String s, SqlSyntax syntax) {
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
