package dev.retort.dialect.sqlite;

import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.dialect.sql.SqlLexer;
import dev.retort.dialect.sql.SqlToken;
import dev.retort.schema.model.Expressions;

import java.util.ArrayList;
import java.util.List;

/**
 * What only the CREATE TABLE text in sqlite_master tells about a SQLite table: constraint names,
 * check conditions, AUTOINCREMENT, and the WHERE of a partial index. The pragmas give the rest.
 */
final class SqliteDdlText {

    /** A constraint as declared: kind is PRIMARY, UNIQUE, CHECK or FOREIGN; text is a check's condition. */
    record Declared(String kind, String name, List<String> columns, String referencedTable, String text) {}

    final List<Declared> constraints = new ArrayList<>();
    String autoIncrementColumn;

    static SqliteDdlText parse(String sql) {
        SqliteDdlText out = new SqliteDdlText();
        List<SqlToken> t = SqlLexer.tokens(sql, SqlSyntax.SQLITE, 1);
        int open = 0;
        while (open < t.size() && !t.get(open).is("(")) {
            open++;
        }
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < t.size(); i++) {
            if (t.get(i).is("(")) {
                depth++;
            } else if (t.get(i).is(")") && depth > 0) {
                depth--;
            } else if (depth == 0 && (t.get(i).is(",") || t.get(i).is(")"))) {
                if (i > start) {
                    out.item(sql, t.subList(start, i));
                }
                start = i + 1;
                if (t.get(i).is(")")) {
                    break;
                }
            }
        }
        return out;
    }

    /** The condition of a partial index's CREATE INDEX text, or null. */
    static String indexWhere(String sql) {
        if (sql == null) {
            return null;
        }
        List<SqlToken> t = SqlLexer.tokens(sql, SqlSyntax.SQLITE, 1);
        int depth = 0;
        for (SqlToken k : t) {
            if (k.is("(")) {
                depth++;
            } else if (k.is(")")) {
                depth--;
            } else if (depth == 0 && k.upper().equals("WHERE")) {
                return Expressions.unwrap(sql.substring(k.end()).strip());
            }
        }
        return null;
    }

    private void item(String sql, List<SqlToken> t) {
        String first = t.get(0).upper();
        if (List.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN").contains(first)) {
            clauses(sql, t, 0, null);
        } else {
            clauses(sql, t, 1, t.get(0).name());
        }
    }

    /** Reads constraint clauses from {@code i}; {@code column} is the column they belong to, or null. */
    private void clauses(String sql, List<SqlToken> t, int i, String column) {
        String name = null;
        while (i < t.size()) {
            String w = t.get(i).upper();
            switch (w) {
                case "CONSTRAINT" -> {
                    name = t.get(i + 1).name();
                    i += 2;
                    continue;
                }
                case "PRIMARY", "UNIQUE" -> {
                    i += w.equals("PRIMARY") ? 2 : 1;
                    List<String> cols = column != null ? List.of(column) : names(t, i);
                    if (column == null) {
                        i = after(t, i);
                    }
                    constraints.add(new Declared(w, name, cols, null, null));
                    if (column != null && i < t.size() && (t.get(i).upper().equals("ASC") || t.get(i).upper().equals("DESC"))) {
                        i++;
                    }
                }
                case "CHECK" -> {
                    int end = after(t, i + 1);
                    constraints.add(new Declared(w, name, List.of(), null,
                            Expressions.unwrap(sql.substring(t.get(i + 1).start(), t.get(end - 1).end()))));
                    i = end;
                }
                case "FOREIGN", "REFERENCES" -> {
                    List<String> cols = List.of(column == null ? "" : column);
                    if (w.equals("FOREIGN")) {
                        cols = names(t, i + 2);
                        i = after(t, i + 2);
                    }
                    String table = t.get(i + 1).name();
                    constraints.add(new Declared("FOREIGN", name, cols, table, null));
                    i += 2;
                }
                case "AUTOINCREMENT" -> {
                    autoIncrementColumn = column;
                    i++;
                }
                default -> {
                    i = t.get(i).is("(") ? after(t, i) : i + 1;
                    continue;
                }
            }
            name = null;
        }
    }

    /** Identifiers in the parenthesised list starting at {@code i}. */
    private static List<String> names(List<SqlToken> t, int i) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean expectName = true;
        for (int j = i; j < t.size(); j++) {
            SqlToken k = t.get(j);
            if (k.is("(")) {
                depth++;
            } else if (k.is(")")) {
                if (--depth == 0) {
                    break;
                }
            } else if (depth == 1 && k.is(",")) {
                expectName = true;
            } else if (depth == 1 && expectName) {
                out.add(k.name());
                expectName = false;
            }
        }
        return out;
    }

    /** Index just past the parenthesised group starting at {@code i}. */
    private static int after(List<SqlToken> t, int i) {
        int depth = 0;
        for (int j = i; j < t.size(); j++) {
            if (t.get(j).is("(")) {
                depth++;
            } else if (t.get(j).is(")") && --depth == 0) {
                return j + 1;
            }
        }
        return t.size();
    }
}
