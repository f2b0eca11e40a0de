// Over 300 lines: one list of token patterns, one small method per construct, over one token list.
package dev.retort.dialect.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the {@link SqlConstruct}s and column types of one statement, as one database's lexer reads
 * it (so a MySQL target sees {@code "users"} as the string MySQL sees). It knows SQL's shapes,
 * not which database accepts what: that is each dialect's {@code Portability}.
 */
public final class SqlConstructs {
    /** A construct or a column type (exactly one is set), at the token where it starts. */
    public record Found(SqlConstruct construct, TypeName type, SqlToken at) {}

    /** Words after which the next token names something (a table, column, index, constraint). */
    private static final Set<String> NAME_BEFORE = Set.of("TABLE", "INTO", "UPDATE", "FROM", "JOIN", "REFERENCES", "INDEX",
            "KEY", "CONSTRAINT", "COLUMN", "ON", "TO", "VIEW", "EXISTS", "TRIGGER", "SEQUENCE", "ADD", "DROP", "MODIFY",
            "CHANGE", "RENAME", "ALTER", "SCHEMA");
    /** Words whose parenthesised list that follows holds names. */
    private static final Set<String> NAME_LIST_AFTER = Set.of("KEY", "UNIQUE", "INDEX", "CONFLICT");
    /** Table elements that are not columns. */
    private static final Set<String> ELEMENTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "KEY", "INDEX",
            "FULLTEXT", "SPATIAL", "EXCLUDE", "LIKE", "PERIOD");
    /** Words that end a column's type and start one of its clauses. */
    private static final Set<String> CLAUSES = Set.of("CONSTRAINT", "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE",
            "REFERENCES", "CHECK", "COLLATE", "GENERATED", "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT", "ON", "AS",
            "IDENTITY", "CHARSET", "CHARACTER", "FIRST", "AFTER", "INVISIBLE", "VISIBLE", "STORAGE", "COMPRESSION", "USING",
            "KEY", "WITH", "WITHOUT", "SELECTIVITY", "SEQUENCE", "SET", "DROP", "ZEROFILL");
    private static final Set<String> TABLE_OPTIONS = Set.of("ENGINE", "CHARSET", "CHARACTER", "COLLATE", "AUTO_INCREMENT",
            "ROW_FORMAT", "COMMENT", "DEFAULT");
    private static final Pattern TAGGED = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*\\$");

    private final String sql;
    private final List<SqlToken> t;
    private final Map<SqlConstruct, Found> found = new LinkedHashMap<>();
    private final List<Found> types = new ArrayList<>();

    private SqlConstructs(String sql, List<SqlToken> tokens) {
        this.sql = sql;
        this.t = tokens;
    }

    /**
     * The constructs (the first of each kind) and the column types of {@code sql}, one statement
     * that starts on line {@code line}, lexed with {@code syntax}.
     */
    public static List<Found> of(String sql, int line, SqlSyntax syntax) {
        SqlConstructs s = new SqlConstructs(sql, SqlLexer.tokens(sql, syntax, line));
        s.scan();
        List<Found> out = new ArrayList<>(s.found.values());
        out.addAll(s.types);
        out.sort(java.util.Comparator.comparingInt((Found f) -> f.at().start()));
        return out;
    }

    private void scan() {
        if (t.isEmpty()) {
            return;
        }
        lexical();
        statement();
    }

    // ---- tokens wherever they are ----

    private void lexical() {
        int skipTo = -1;
        boolean inValues = false;
        for (int i = 0; i < t.size(); i++) {
            SqlToken k = t.get(i);
            if (k.start() < skipTo) {
                continue;
            }
            String text = k.text();
            if (text.startsWith("`")) {
                add(SqlConstruct.BACKTICK_NAME, i);
            } else if (text.startsWith("\"") && namePosition(i)) {
                add(SqlConstruct.DOUBLE_QUOTED_NAME, i);
            } else if (text.startsWith("\"") && inValues && (word(i - 1, "(") || word(i - 1, ","))
                    && (word(i + 1, ")") || word(i + 1, ","))) {
                add(SqlConstruct.DOUBLE_QUOTED_VALUE, i);
            } else if (text.startsWith("[") && namePosition(i)) {
                add(SqlConstruct.BRACKET_NAME, i);
            } else if (k.is("::")) {
                add(SqlConstruct.CAST_OPERATOR, i);
            } else if (sql.startsWith("$$", k.start())) {
                add(SqlConstruct.DOLLAR_QUOTE, i);
                skipTo = closing("$$", k);
            } else if (text.startsWith("$") && TAGGED.matcher(sql).region(k.start(), sql.length()).lookingAt()) {
                var m = TAGGED.matcher(sql).region(k.start(), sql.length());
                m.lookingAt();
                add(SqlConstruct.TAGGED_DOLLAR_QUOTE, i);
                skipTo = closing(m.group(), k);
            } else if (k.kind() == SqlToken.Kind.STRING && (text.startsWith("E'") || text.startsWith("e'"))
                    || k.isWord("E") && i + 1 < t.size() && t.get(i + 1).start() == k.end() && t.get(i + 1).text().startsWith("'")) {
                add(SqlConstruct.ESCAPE_STRING, i);
            } else if (k.is("#") && (i == 0 || t.get(i - 1).line() < k.line())) {
                add(SqlConstruct.HASH_COMMENT, i);
            } else if (k.is("-") && i + 1 < t.size() && t.get(i + 1).is("-") && t.get(i + 1).start() == k.end()
                    && t.get(i + 1).end() < sql.length() && !Character.isWhitespace(sql.charAt(t.get(i + 1).end()))) {
                add(SqlConstruct.DASH_COMMENT_WITHOUT_SPACE, i);
            } else if (k.isWord("ILIKE")) {
                add(SqlConstruct.ILIKE, i);
            } else if (k.isWord("RETURNING")) {
                add(t.get(0).isWord("UPDATE") ? SqlConstruct.UPDATE_RETURNING : SqlConstruct.RETURNING, i);
            } else if (k.isWord("NOT") && word(i + 1, "VALID")) {
                add(SqlConstruct.NOT_VALID, i);
            } else if (k.isWord("AUTO_INCREMENT")) {
                add(SqlConstruct.AUTO_INCREMENT, i);
            } else if (k.isWord("AUTOINCREMENT")) {
                add(SqlConstruct.AUTOINCREMENT, i);
            } else if (k.isWord("GENERATED") && (word(i + 1, "ALWAYS") || word(i + 1, "BY")) && identityFollows(i)) {
                add(SqlConstruct.IDENTITY, i);
            } else if (k.isWord("ON") && word(i + 1, "UPDATE") && (word(i + 2, "CURRENT_TIMESTAMP") || word(i + 2, "NOW"))) {
                add(SqlConstruct.ON_UPDATE_TIMESTAMP, i);
            } else if (k.isWord("ON") && word(i + 1, "DUPLICATE") && word(i + 2, "KEY")) {
                add(SqlConstruct.ON_DUPLICATE_KEY, i);
            } else if (k.isWord("ON") && word(i + 1, "CONFLICT") && t.get(0).isWord("INSERT")) {
                add(SqlConstruct.ON_CONFLICT, i);
            }
            if (k.isWord("VALUES")) {
                inValues = true;
            }
        }
    }

    /** Whether the token at {@code i} stands where a name must: after TABLE, ON, ..., beside a dot, or in a list of names. */
    private boolean namePosition(int i) {
        if (i > 0 && (t.get(i - 1).kind() == SqlToken.Kind.WORD && NAME_BEFORE.contains(t.get(i - 1).upper()) || t.get(i - 1).is("."))) {
            return true;
        }
        if (word(i + 1, ".")) {
            return true;
        }
        if (!(word(i - 1, "(") || word(i - 1, ","))) {
            return false;
        }
        // the first token of an item of a list opened right after a name (CREATE TABLE x (...), INSERT INTO x (...))
        // or after KEY / UNIQUE / INDEX (a list of columns)
        int open = openingParen(i);
        if (open <= 0) {
            return false;
        }
        SqlToken before = t.get(open - 1);
        if (before.kind() == SqlToken.Kind.WORD && NAME_LIST_AFTER.contains(before.upper())) {
            return true;
        }
        return before.isName() && namePosition(open - 1);
    }

    /** The index of the '(' whose list holds token {@code i} at depth 1, or -1. */
    private int openingParen(int i) {
        int depth = 0;
        for (int j = i - 1; j >= 0; j--) {
            if (t.get(j).is(")")) {
                depth++;
            } else if (t.get(j).is("(")) {
                if (depth == 0) {
                    return j;
                }
                depth--;
            }
        }
        return -1;
    }

    private boolean identityFollows(int i) {
        for (int j = i + 1; j < Math.min(t.size(), i + 5); j++) {
            if (t.get(j).isWord("IDENTITY")) {
                return true;
            }
        }
        return false;
    }

    /** Where the text quoted by {@code tag} from token {@code k} ends, to skip the tokens inside it. */
    private int closing(String tag, SqlToken k) {
        if (k.kind() == SqlToken.Kind.STRING) {
            return k.end();
        }
        int close = sql.indexOf(tag, k.start() + tag.length());
        return close < 0 ? sql.length() : close + tag.length();
    }

    // ---- the statement's shape ----

    private void statement() {
        int i = 0;
        String first = t.get(0).upper();
        switch (first) {
            case "CREATE" -> create();
            case "ALTER" -> {
                if (word(1, "TABLE")) {
                    alterTable();
                }
            }
            case "DROP" -> {
                if (word(1, "INDEX")) {
                    add(has("ON") ? SqlConstruct.DROP_INDEX_ON_TABLE : SqlConstruct.DROP_INDEX_WITHOUT_TABLE, 0);
                    if (word(2, "CONCURRENTLY")) {
                        add(SqlConstruct.CONCURRENTLY, 2);
                    }
                }
            }
            case "INSERT" -> {
                if (word(1, "IGNORE")) {
                    add(SqlConstruct.INSERT_IGNORE, 1);
                } else if (word(1, "OR")) {
                    add(SqlConstruct.INSERT_OR, 1);
                }
            }
            case "REPLACE" -> add(SqlConstruct.REPLACE_INTO, i);
            case "RENAME" -> add(SqlConstruct.RENAME_TABLE, i);
            case "COMMENT" -> add(SqlConstruct.COMMENT_ON, i);
            case "TRUNCATE" -> add(SqlConstruct.TRUNCATE, i);
            default -> { }
        }
    }

    private void create() {
        int i = 1;
        boolean orReplace = word(i, "OR") && word(i + 1, "REPLACE");
        if (orReplace) {
            i += 2;
        }
        while (i < t.size() && (word(i, "TEMPORARY") || word(i, "TEMP") || word(i, "UNIQUE") || word(i, "GLOBAL")
                || word(i, "LOCAL") || word(i, "UNLOGGED"))) {
            i++;
        }
        String what = i < t.size() ? t.get(i).upper() : "";
        switch (what) {
            case "TABLE" -> {
                if (orReplace) {
                    add(SqlConstruct.OR_REPLACE_TABLE, 1);
                }
                createTable(i + 1);
            }
            case "VIEW" -> {
                if (orReplace) {
                    add(SqlConstruct.OR_REPLACE_VIEW, 1);
                }
                if (word(i + 1, "IF")) {
                    add(SqlConstruct.VIEW_IF_NOT_EXISTS, i + 1);
                }
            }
            case "INDEX" -> {
                if (word(i + 1, "CONCURRENTLY")) {
                    add(SqlConstruct.CONCURRENTLY, i + 1);
                }
            }
            case "EXTENSION" -> add(SqlConstruct.CREATE_EXTENSION, 0);
            case "SEQUENCE" -> add(SqlConstruct.CREATE_SEQUENCE, 0);
            default -> { }
        }
    }

    private void createTable(int i) {
        if (word(i, "IF") && word(i + 1, "NOT") && word(i + 2, "EXISTS")) {
            i += 3;
        }
        i = skipName(i);
        if (!word(i, "(")) {
            return;
        }
        int close = matching(i);
        for (int[] item : items(i + 1, close)) {
            int from = item[0];
            if (from >= item[1]) {
                continue;
            }
            SqlToken first = t.get(from);
            if (first.kind() == SqlToken.Kind.WORD && ELEMENTS.contains(first.upper()) && isElement(from)) {
                if (first.isWord("KEY") || first.isWord("INDEX") || first.isWord("FULLTEXT") || first.isWord("SPATIAL")
                        || first.isWord("UNIQUE") && (word(from + 1, "KEY") || word(from + 1, "INDEX"))) {
                    add(SqlConstruct.INLINE_INDEX, from);
                }
                continue;
            }
            column(skipName(from), item[1]);
        }
        if (close + 1 < t.size() && t.get(close + 1).kind() == SqlToken.Kind.WORD
                && TABLE_OPTIONS.contains(t.get(close + 1).upper())) {
            add(SqlConstruct.TABLE_OPTIONS, close + 1);
        }
    }

    /** KEY and INDEX may also be column names: as elements, a list or a name and a list follows them. */
    private boolean isElement(int from) {
        SqlToken first = t.get(from);
        if (!(first.isWord("KEY") || first.isWord("INDEX"))) {
            return true;
        }
        return word(from + 1, "(") || word(from + 2, "(");
    }

    private void alterTable() {
        int i = skipName(word(2, "IF") && word(3, "EXISTS") ? 4 : 2);
        List<int[]> actions = items(i, t.size());
        if (actions.size() > 1) {
            add(SqlConstruct.SEVERAL_ALTER_ACTIONS, t.get(actions.get(1)[0] - 1).is(",") ? actions.get(1)[0] - 1 : i);
        }
        for (int[] a : actions) {
            alterAction(a[0], a[1]);
        }
    }

    private void alterAction(int i, int end) {
        if (i >= end) {
            return;
        }
        SqlToken verb = t.get(i);
        switch (verb.upper()) {
            case "ADD" -> {
                int j = i + 1;
                if (word(j, "CONSTRAINT") || word(j, "PRIMARY") || word(j, "FOREIGN") || word(j, "CHECK")
                        || word(j, "UNIQUE") && !word(j + 1, "KEY") && !word(j + 1, "INDEX")) {
                    add(SqlConstruct.ALTER_CONSTRAINT, i);
                    return;
                }
                if (word(j, "INDEX") || word(j, "KEY") || word(j, "UNIQUE")) {
                    return;
                }
                j = word(j, "COLUMN") ? j + 1 : j;
                if (word(j, "IF")) {
                    add(SqlConstruct.COLUMN_IF_EXISTS, j);
                    j += word(j + 1, "NOT") ? 3 : 2;
                }
                column(skipName(j), end);
                position(j, end);
            }
            case "DROP" -> {
                int j = i + 1;
                if (word(j, "CONSTRAINT") || word(j, "PRIMARY") || word(j, "FOREIGN") || word(j, "CHECK")) {
                    add(SqlConstruct.ALTER_CONSTRAINT, i);
                } else if (word(j, "INDEX") || word(j, "KEY")) {
                    add(SqlConstruct.ALTER_DROP_INDEX, i);
                } else {
                    j = word(j, "COLUMN") ? j + 1 : j;
                    if (word(j, "IF")) {
                        add(SqlConstruct.COLUMN_IF_EXISTS, j);
                    }
                }
            }
            case "MODIFY", "CHANGE" -> {
                add(SqlConstruct.MODIFY_COLUMN, i);
                int j = word(i + 1, "COLUMN") ? i + 2 : i + 1;
                j = word(j, "IF") && word(j + 1, "EXISTS") ? j + 2 : j;
                j = skipName(j);
                column(verb.isWord("CHANGE") ? skipName(j) : j, end);
                position(j, end);
            }
            case "ALTER" -> {
                int j = skipName(word(i + 1, "COLUMN") ? i + 2 : i + 1);
                if (word(j, "TYPE") || word(j, "SET") && word(j + 1, "DATA") && word(j + 2, "TYPE")) {
                    add(SqlConstruct.ALTER_COLUMN_TYPE, i);
                    column(word(j, "TYPE") ? j + 1 : j + 3, end);
                } else if ((word(j, "SET") || word(j, "DROP")) && word(j + 1, "NOT") && word(j + 2, "NULL")) {
                    add(SqlConstruct.ALTER_COLUMN_NULL, i);
                } else if ((word(j, "SET") || word(j, "DROP")) && word(j + 1, "DEFAULT")) {
                    add(SqlConstruct.ALTER_COLUMN_DEFAULT, i);
                }
            }
            default -> { }
        }
    }

    /** MySQL's FIRST / AFTER col at the end of an ADD or MODIFY. */
    private void position(int from, int end) {
        for (int j = from; j < end; j++) {
            if (t.get(j).isWord("FIRST") && j == end - 1 || t.get(j).isWord("AFTER") && j == end - 2) {
                add(SqlConstruct.COLUMN_POSITION, j);
            }
        }
    }

    /** The clauses of a column whose type starts at {@code i}: the type, then COMMENT 'x' and the like. */
    private void column(int i, int end) {
        int start = i;
        List<String> words = new ArrayList<>();
        String args = null;
        boolean unsigned = false;
        boolean array = false;
        while (i < end) {
            SqlToken k = t.get(i);
            if (k.kind() == SqlToken.Kind.WORD && (k.isWord("UNSIGNED") || k.isWord("SIGNED"))) {
                unsigned |= k.isWord("UNSIGNED");
                i++;
            } else if ((k.isWord("WITH") || k.isWord("WITHOUT")) && (word(i + 1, "TIME") || word(i + 1, "LOCAL"))) {
                while (i < end && (t.get(i).isWord("WITH") || t.get(i).isWord("WITHOUT") || t.get(i).isWord("TIME")
                        || t.get(i).isWord("LOCAL") || t.get(i).isWord("ZONE"))) {
                    words.add(t.get(i++).upper());
                }
            } else if (k.kind() == SqlToken.Kind.WORD && args == null && (!CLAUSES.contains(k.upper())
                    || words.isEmpty() && (k.isWord("SET") || k.isWord("CHARACTER")))) { // SET('a'), CHARACTER VARYING
                words.add(k.upper());
                i++;
            } else if (k.is("(") && args == null && !words.isEmpty()) {
                int close = matching(i);
                args = close > i + 1 ? sql.substring(t.get(i + 1).start(), t.get(close - 1).end()) : "";
                i = close + 1;
            } else if (k.is("[") && word(i + 1, "]") || k.text().equals("[]")) {
                array = true;
                i += k.is("[") ? 2 : 1;
            } else {
                break;
            }
        }
        if (!words.isEmpty()) {
            String text = sql.substring(t.get(start).start(), t.get(i - 1).end());
            types.add(new Found(null, new TypeName(String.join(" ", words), args, unsigned, array, text), t.get(start)));
        }
        for (; i < end; i++) {
            if (t.get(i).isWord("COMMENT") && i + 1 < end && t.get(i + 1).kind() == SqlToken.Kind.STRING) {
                add(SqlConstruct.COLUMN_COMMENT, i);
            }
        }
    }

    // ---- the cursor ----

    /** Past a possibly qualified name at {@code i}. */
    private int skipName(int i) {
        if (i < t.size() && t.get(i).is("`") ) {
            // a backtick name as a database without backticks lexes it: ` name `
            int close = i + 1;
            while (close < t.size() && !t.get(close).is("`")) {
                close++;
            }
            i = close;
        } else if (i < t.size() && t.get(i).is("[")) {
            int close = i + 1;
            while (close < t.size() && !t.get(close).is("]")) {
                close++;
            }
            i = close;
        }
        i++;
        while (word(i, ".") && i + 1 < t.size()) {
            i += 2;
        }
        return i;
    }

    /** The index of the ')' that closes the '(' at {@code open}, or the last index. */
    private int matching(int open) {
        int depth = 0;
        for (int j = open; j < t.size(); j++) {
            if (t.get(j).is("(")) {
                depth++;
            } else if (t.get(j).is(")") && --depth == 0) {
                return j;
            }
        }
        return t.size() - 1;
    }

    /** The items of {@code from..to} split at commas outside parentheses, as [start, end) index pairs. */
    private List<int[]> items(int from, int to) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int j = from; j < to; j++) {
            SqlToken k = t.get(j);
            if (k.is("(")) {
                depth++;
            } else if (k.is(")")) {
                depth--;
            } else if (k.is(",") && depth == 0) {
                out.add(new int[] {start, j});
                start = j + 1;
            }
        }
        out.add(new int[] {start, to});
        return out;
    }

    private boolean has(String upper) {
        return t.stream().anyMatch(k -> k.isWord(upper));
    }

    /** Whether token {@code i} is the word or punctuation {@code s}. */
    private boolean word(int i, String s) {
        if (i < 0 || i >= t.size()) {
            return false;
        }
        SqlToken k = t.get(i);
        return k.kind() == SqlToken.Kind.WORD ? k.text().toUpperCase(Locale.ROOT).equals(s) : k.kind() == SqlToken.Kind.PUNCT && k.text().equals(s);
    }

    private void add(SqlConstruct c, int i) {
        found.putIfAbsent(c, new Found(c, null, t.get(Math.max(0, Math.min(i, t.size() - 1)))));
    }
}
