package dev.retort.dialect.ddl;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the database's own catalog (JDBC DatabaseMetaData) says about the tables a test made. */
final class Catalog {
    record ColumnInfo(String name, String type, int size, boolean nullable, String defaultValue) {}

    record IndexInfo(String name, boolean unique, List<String> columns) {}

    record ForeignKeyInfo(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
            int deleteRule) {}

    private final TestDb db;

    Catalog(TestDb db) {
        this.db = db;
    }

    private DatabaseMetaData meta() throws SQLException {
        return db.connection.getMetaData();
    }

    TreeSet<String> tables() throws SQLException {
        TreeSet<String> out = new TreeSet<>();
        try (ResultSet rs = meta().getTables(db.catalog, db.schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.startsWith("sqlite_")) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    List<ColumnInfo> columns(String table) throws SQLException {
        List<ColumnInfo> out = new ArrayList<>();
        try (ResultSet rs = meta().getColumns(db.catalog, db.schema, escape(table), "%")) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equals(table)) {
                    out.add(new ColumnInfo(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rs.getString("COLUMN_DEF")));
                }
            }
        }
        return out;
    }

    ColumnInfo column(String table, String column) throws SQLException {
        return columns(table).stream().filter(c -> c.name().equals(column)).findFirst().orElse(null);
    }

    List<String> primaryKey(String table) throws SQLException {
        Map<Integer, String> cols = new TreeMap<>();
        try (ResultSet rs = meta().getPrimaryKeys(db.catalog, db.schema, table)) {
            while (rs.next()) {
                cols.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(cols.values());
    }

    /** Indexes by name, including those behind keys and unique constraints. */
    Map<String, IndexInfo> indexes(String table) throws SQLException {
        Map<String, Map<Integer, String>> cols = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = meta().getIndexInfo(db.catalog, db.schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                cols.computeIfAbsent(name, k -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        Map<String, IndexInfo> out = new TreeMap<>();
        cols.forEach((name, c) -> out.put(name, new IndexInfo(name, unique.get(name), List.copyOf(c.values()))));
        return out;
    }

    List<ForeignKeyInfo> foreignKeys(String table) throws SQLException {
        Map<String, List<String[]>> parts = new TreeMap<>();
        Map<String, Integer> rules = new TreeMap<>();
        try (ResultSet rs = meta().getImportedKeys(db.catalog, db.schema, table)) {
            while (rs.next()) {
                String key = rs.getString("FK_NAME") + "|" + rs.getString("PKTABLE_NAME");
                parts.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new String[] {rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
                rules.put(key, rs.getInt("DELETE_RULE"));
            }
        }
        List<ForeignKeyInfo> out = new ArrayList<>();
        parts.forEach((key, cols) -> out.add(new ForeignKeyInfo(key.substring(0, key.indexOf('|')),
                cols.stream().map(c -> c[0]).toList(), key.substring(key.indexOf('|') + 1),
                cols.stream().map(c -> c[1]).toList(), rules.get(key))));
        return out;
    }

    /** Everything above for every table, as text, to compare a schema before and after. */
    String snapshot() throws SQLException {
        StringBuilder sb = new StringBuilder();
        for (String t : tables()) {
            sb.append("table ").append(t).append('\n');
            for (ColumnInfo c : columns(t)) {
                sb.append("  ").append(c).append('\n');
            }
            sb.append("  pk ").append(primaryKey(t)).append('\n');
            for (IndexInfo i : indexes(t).values()) {
                // names the database made up for key indexes may change when it rebuilds them
                String name = i.name().matches("(?i)PRIMARY_KEY_.*|PRIMARY|sqlite_autoindex_.*|.*_pkey|.*_INDEX_.*")
                        ? "<generated>" : i.name();
                sb.append("  ").append(new IndexInfo(name, i.unique(), i.columns())).append('\n');
            }
            foreignKeys(t).forEach(f -> sb.append("  ").append(f).append('\n'));
        }
        return sb.toString();
    }

    private String escape(String pattern) throws SQLException {
        String esc = meta().getSearchStringEscape();
        return esc == null || esc.isEmpty() ? pattern
                : pattern.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
    }
}
