package dev.retort.lint.sql;

import dev.retort.dialect.sql.SqlLexer;
import dev.retort.dialect.sql.SqlToken;
import dev.retort.dialect.sql.SqlSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of one SQL statement, as the dialect's {@link SqlLexer} reads them (so lint sees the
 * strings and names the splitter and the database see), with a cursor to read them.
 */
public final class SqlTokens {
    private static final SqlToken END = new SqlToken(SqlToken.Kind.PUNCT, "", -1, -1, 0);

    private final String sql;
    private final List<SqlToken> tokens;
    private int pos;

    private SqlTokens(String sql, List<SqlToken> tokens) {
        this.sql = sql;
        this.tokens = tokens;
    }

    public static SqlTokens lex(String sql, SqlSyntax syntax) {
        return new SqlTokens(sql, SqlLexer.tokens(sql, syntax, 1));
    }

    // --- the cursor ----------------------------------------------------------------------------

    public boolean atEnd() {
        return pos >= tokens.size();
    }

    public SqlToken peek() {
        return peek(0);
    }

    public SqlToken peek(int ahead) {
        int i = pos + ahead;
        return i < tokens.size() ? tokens.get(i) : END;
    }

    public SqlToken next() {
        SqlToken t = peek();
        pos = Math.min(pos + 1, tokens.size());
        return t;
    }

    public int position() {
        return pos;
    }

    public void reset(int position) {
        pos = position;
    }

    /** Consumes the words if they come next, all of them; otherwise consumes nothing. */
    public boolean accept(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!peek(i).isWord(words[i])) {
                return false;
            }
        }
        pos += words.length;
        return true;
    }

    public boolean acceptSymbol(String s) {
        if (peek().is(s)) {
            pos++;
            return true;
        }
        return false;
    }

    /**
     * A possibly qualified name ({@code schema.table}); returns its last part, or null when no
     * name comes next (or it is the empty {@code ""}).
     */
    public String name() {
        if (!peek().isName()) {
            return null;
        }
        String last = unquote(next());
        while (peek().is(".") && peek(1).isName()) {
            pos++;
            last = unquote(next());
        }
        return last.isEmpty() ? null : last;
    }

    /** Skips one token, or a whole parenthesised group when it starts one. */
    public void skipItem() {
        if (!peek().is("(")) {
            next();
            return;
        }
        int depth = 0;
        do {
            SqlToken t = next();
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
            }
        } while (depth > 0 && !atEnd());
    }

    /** The items of a parenthesised list that comes next, each as its own tokens; empty when no list comes. */
    public List<SqlTokens> list() {
        List<SqlTokens> items = new ArrayList<>();
        if (!acceptSymbol("(")) {
            return items;
        }
        int from = pos;
        int depth = 0;
        while (!atEnd()) {
            SqlToken t = peek();
            if (depth == 0 && (t.is(",") || t.is(")"))) {
                items.add(new SqlTokens(sql, tokens.subList(from, pos)));
                next();
                if (t.is(")")) {
                    break;
                }
                from = pos;
                continue;
            }
            depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            next();
        }
        return items;
    }

    /** The rest split at commas outside parentheses (ALTER TABLE's several actions). */
    public List<SqlTokens> splitRest() {
        List<SqlTokens> parts = new ArrayList<>();
        int from = pos;
        int depth = 0;
        for (; pos < tokens.size(); pos++) {
            SqlToken t = tokens.get(pos);
            if (depth == 0 && t.is(",")) {
                parts.add(new SqlTokens(sql, tokens.subList(from, pos)));
                from = pos + 1;
            }
            depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
        }
        parts.add(new SqlTokens(sql, tokens.subList(from, tokens.size())));
        return parts;
    }

    /** The original text from token {@code from} up to (not including) the current token. */
    public String textFrom(int from) {
        if (from >= pos || from >= tokens.size()) {
            return "";
        }
        return sql.substring(tokens.get(from).start(), tokens.get(pos - 1).end()).strip();
    }

    /** The whole text of these tokens. */
    public String text() {
        return tokens.isEmpty() ? "" : sql.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end()).strip();
    }

    public boolean containsWord(String word) {
        return tokens.stream().anyMatch(t -> t.isWord(word));
    }

    public static String unquote(SqlToken t) {
        return t.kind() == SqlToken.Kind.QUOTED ? t.name() : t.text();
    }
}
