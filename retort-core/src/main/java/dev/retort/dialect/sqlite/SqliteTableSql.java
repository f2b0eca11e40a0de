package dev.retort.dialect.sqlite;

import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.dialect.sql.SqlLexer;
import dev.retort.dialect.sql.SqlToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A SQLite CREATE TABLE statement, as stored in sqlite_master, split into its column
 * definitions and table constraints. Rebuilding a table edits this text rather than a
 * reflected model, so that everything Retort does not touch (check constraints, collations,
 * constraint names, generated columns, WITHOUT ROWID) survives byte for byte.
 */
final class SqliteTableSql {

    /** One comma-separated part of the body: a column definition or a table constraint. */
    record Item(String text, List<SqlToken> tokens) {
        private static final Set<String> CONSTRAINT_START = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

        boolean isColumn() {
            return !CONSTRAINT_START.contains(tokens.get(0).upper());
        }

        /** The column's name, or null for a table constraint. */
        String column() {
            return isColumn() ? tokens.get(0).name() : null;
        }

        /** The constraint's name (CONSTRAINT x ...), or null. */
        String constraintName() {
            return tokens.get(0).upper().equals("CONSTRAINT") && tokens.size() > 1 ? tokens.get(1).name() : null;
        }
    }

    final List<Item> items;
    final String tail;

    private SqliteTableSql(List<Item> items, String tail) {
        this.items = List.copyOf(items);
        this.tail = tail;
    }

    static SqliteTableSql parse(String sql) {
        List<SqlToken> tokens = SqlLexer.tokens(sql, SqlSyntax.SQLITE, 1);
        int open = 0;
        while (open < tokens.size() && !tokens.get(open).is("(")) {
            open++;
        }
        if (open == tokens.size()) {
            throw new IllegalArgumentException("not a CREATE TABLE with columns: " + sql);
        }
        List<Item> items = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.is("(")) {
                depth++;
            } else if (t.is(")") && depth > 0) {
                depth--;
            } else if ((t.is(",") && depth == 0) || t.is(")")) {
                List<SqlToken> part = tokens.subList(start, i);
                items.add(new Item(sql.substring(part.get(0).start(), part.get(part.size() - 1).end()), List.copyOf(part)));
                start = i + 1;
                if (t.is(")")) {
                    return new SqliteTableSql(items, sql.substring(t.end()));
                }
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in: " + sql);
    }

    SqliteTableSql with(List<Item> newItems) {
        return new SqliteTableSql(newItems, tail);
    }

    /** The items as new text: table constraints must come after every column in SQLite. */
    SqliteTableSql withColumnAppended(String columnSql) {
        List<Item> out = new ArrayList<>();
        int insertAt = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isColumn()) {
                insertAt = i + 1;
            }
        }
        out.addAll(items.subList(0, insertAt));
        out.add(item(columnSql));
        out.addAll(items.subList(insertAt, items.size()));
        return with(out);
    }

    SqliteTableSql withItemAppended(String sql) {
        List<Item> out = new ArrayList<>(items);
        out.add(item(sql));
        return with(out);
    }

    static Item item(String sql) {
        return new Item(sql, SqlLexer.tokens(sql, SqlSyntax.SQLITE, 1));
    }

    List<String> columns() {
        return items.stream().filter(Item::isColumn).map(Item::column).toList();
    }

    String createStatement(String quotedName) {
        StringBuilder sb = new StringBuilder("CREATE TABLE ").append(quotedName).append(" (\n    ");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : ",\n    ").append(items.get(i).text());
        }
        return sb.append("\n)").append(tail).toString();
    }
}
