package dev.retort.schema;

import dev.retort.dialect.Dialect;
import dev.retort.ops.Constraint;
import dev.retort.ops.Index;
import dev.retort.ops.ReferentialAction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SQLite: four queries joining sqlite_master with the table-valued pragmas (columns, index
 * columns, foreign keys), so every table is read at once. Names of constraints, check
 * conditions and AUTOINCREMENT exist only in the CREATE TABLE text, which is parsed.
 * Primary-key columns count as NOT NULL, as everywhere else (SQLite's legacy NULL-able keys
 * would make every rebuilt table look changed).
 */
final class SqliteReflector implements Reflector {

    @Override
    public Schema reflect(Connection c, String schemaName, TableFilter filter) throws SQLException {
        Dialect dialect = Dialect.named("sqlite");
        TypeNames.Memo types = new TypeNames.Memo(dialect);
        String master = (schemaName == null ? "main" : schemaName).replace("\"", "\"\"");
        String m = "\"" + master + "\".sqlite_master";
        Map<String, TableParts> tables = new LinkedHashMap<>();
        Map<String, SqliteDdlText> ddl = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        Queries.run(c, "SELECT name, sql FROM " + m + " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                + " ORDER BY name", List.of(), rs -> {
                    if (filter.accepts(rs.getString(1))) {
                        tables.put(rs.getString(1), new TableParts(rs.getString(1)));
                        ddl.put(rs.getString(1), SqliteDdlText.parse(rs.getString(2)));
                    } else {
                        skipped.add(rs.getString(1));
                    }
                });
        List<String> notes = new ArrayList<>();
        if (tables.isEmpty()) {
            return new Schema(dialect, List.of(), notes);
        }
        List<String> names = skipped.isEmpty() ? List.of() : new ArrayList<>(tables.keySet());
        String only = "m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'" + Queries.onlyTables("m.name", names);
        List<Object> params = Queries.params(null, names);
        String schemaArg = ", '" + master.replace("'", "''") + "'";

        Map<String, Map<Integer, String>> pkColumns = new LinkedHashMap<>();
        Queries.run(c, "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden FROM " + m
                + " m JOIN pragma_table_xinfo(m.name" + schemaArg + ") p WHERE " + only + " ORDER BY m.name, p.cid", params, rs -> {
                    TableParts t = tables.get(rs.getString(1));
                    if (t == null) {
                        return;
                    }
                    String column = rs.getString(2);
                    int pk = rs.getInt(6);
                    if (rs.getInt(7) != 0) {
                        notes.add("column " + t.name + "." + column + " is generated or hidden; Retort does not compare it");
                        return;
                    }
                    if (pk > 0) {
                        pkColumns.computeIfAbsent(t.name, k -> new TreeMap<>()).put(pk, column);
                    }
                    t.columns.add(new SchemaColumn(column, types.parse(rs.getString(3)),
                            rs.getInt(4) == 0 && pk == 0, rs.getString(5), column.equals(ddl.get(t.name).autoIncrementColumn)));
                });
        pkColumns.forEach((table, cols) -> tables.get(table).primaryKey = new Constraint.PrimaryKey(
                declaredName(ddl.get(table), "PRIMARY", List.copyOf(cols.values()), null), List.copyOf(cols.values())));

        Map<String, List<Object[]>> indexRows = new LinkedHashMap<>();
        Queries.run(c, "SELECT m.name, il.name, il.\"unique\", il.origin, ii.name, im.sql FROM " + m
                + " m JOIN pragma_index_list(m.name" + schemaArg + ") il JOIN pragma_index_info(il.name" + schemaArg + ") ii"
                + " LEFT JOIN " + m + " im ON im.type = 'index' AND im.name = il.name"
                + " WHERE " + only + " ORDER BY m.name, il.name, ii.seqno", params,
                rs -> indexRows.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2), k -> new ArrayList<>())
                        .add(new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getString(4),
                            rs.getString(5), rs.getString(6)}));
        for (List<Object[]> rows : indexRows.values()) {
            Object[] first = rows.get(0);
            TableParts t = tables.get((String) first[0]);
            if (t == null) {
                continue;
            }
            if (t == null) {
                continue;
            }
            String name = (String) first[1];
            List<String> cols = rows.stream().map(r -> (String) r[4]).toList();
            if (cols.contains(null)) {
                notes.add("index " + name + " on " + t.name + " uses expressions; Retort does not compare it");
            } else if (first[3].equals("u")) {
                t.uniques.add(new Constraint.Unique(declaredName(ddl.get(t.name), "UNIQUE", cols, null), cols));
            } else if (first[3].equals("c")) {
                t.indexes.add(new Index(name, t.name, cols, (Boolean) first[2], SqliteDdlText.indexWhere((String) first[5]),
                        false));
            }
        }

        Map<String, List<String[]>> fkRows = new LinkedHashMap<>();
        Queries.run(c, "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_delete, f.on_update FROM " + m
                + " m JOIN pragma_foreign_key_list(m.name" + schemaArg + ") f WHERE " + only + " ORDER BY m.name, f.id DESC, f.seq",
                params, rs -> fkRows.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getInt(2), k -> new ArrayList<>())
                        .add(new String[] {rs.getString(1), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)}));
        for (List<String[]> rows : fkRows.values()) {
            String[] first = rows.get(0);
            TableParts t = tables.get(first[0]);
            if (t == null) {
                continue;
            }
            if (t == null) {
                continue;
            }
            List<String> cols = rows.stream().map(r -> r[2]).toList();
            List<String> refs = rows.stream().map(r -> r[3]).toList();
            if (refs.contains(null)) {
                TableParts parent = tables.get(first[1]);
                refs = parent != null && parent.primaryKey != null ? parent.primaryKey.columns() : cols;
            }
            t.foreignKeys.add(new Constraint.ForeignKey(declaredName(ddl.get(t.name), "FOREIGN", cols, first[1]), cols,
                    first[1], refs, action(first[4]), action(first[5])));
        }
        ddl.forEach((table, text) -> text.constraints.stream().filter(d -> d.kind().equals("CHECK"))
                .forEach(d -> tables.get(table).checks.add(new Constraint.Check(d.name(), d.text()))));
        return new Schema(dialect, tables.values().stream().map(TableParts::build).toList(), notes);
    }

    private static String declaredName(SqliteDdlText ddl, String kind, List<String> columns, String referencedTable) {
        for (SqliteDdlText.Declared d : ddl.constraints) {
            if (d.kind().equals(kind) && d.columns().equals(columns)
                    && (referencedTable == null || referencedTable.equalsIgnoreCase(d.referencedTable()))) {
                return d.name();
            }
        }
        return null;
    }

    private static ReferentialAction action(String rule) {
        return switch (rule) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            default -> null;
        };
    }
}
