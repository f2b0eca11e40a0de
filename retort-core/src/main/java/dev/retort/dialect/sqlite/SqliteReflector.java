package dev.retort.dialect.sqlite;

import dev.retort.dialect.CatalogReflector;
import dev.retort.dialect.Dialect;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.ReferentialAction;
import dev.retort.schema.model.SchemaColumn;
import java.sql.Connection;
import java.sql.SQLException;
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
final class SqliteReflector extends CatalogReflector<String, SqliteDdlText> {
    private record IndexRow(String table, String name, boolean unique, String origin, String column, String sql) {}

    private record ForeignKeyRow(String table, int id, String referencedTable, String column, String referencedColumn,
            String onDelete, String onUpdate) {}

    SqliteReflector(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String resolveSchema(Connection c, String schemaName) {
        return schemaName == null ? "main" : schemaName;
    }

    private static String master(Catalog<String, SqliteDdlText> catalog) {
        return "\"" + catalog.schema().replace("\"", "\"\"") + "\".sqlite_master";
    }

    @Override
    protected void listTables(Connection c, Catalog<String, SqliteDdlText> catalog) throws SQLException {
        each(c, "SELECT name, sql FROM " + master(catalog) + " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                + " ORDER BY name", List.of(), rs -> {
                    String sql = rs.getString(2);
                    catalog.offer(rs.getString(1), rs.getString(1), () -> SqliteDdlText.parse(sql));
                });
    }

    @Override
    protected void readParts(Connection c, Catalog<String, SqliteDdlText> catalog) throws SQLException {
        String m = master(catalog);
        String only = "m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'" + catalog.only("m.name");
        List<Object> params = catalog.params(null);
        String schemaArg = ", '" + catalog.schema().replace("\"", "\"\"").replace("'", "''") + "'";

        Map<String, Map<Integer, String>> pkColumns = new LinkedHashMap<>();
        each(c, "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden FROM " + m
                + " m JOIN pragma_table_xinfo(m.name" + schemaArg + ") p WHERE " + only + " ORDER BY m.name, p.cid", params, rs -> {
                    TableParts t = catalog.table(rs.getString(1));
                    if (t == null) {
                        return;
                    }
                    String column = rs.getString(2);
                    int pk = rs.getInt(6);
                    if (rs.getInt(7) != 0) {
                        catalog.note("column " + t.name + "." + column + " is generated or hidden; Retort does not compare it");
                        return;
                    }
                    if (pk > 0) {
                        pkColumns.computeIfAbsent(t.name, k -> new TreeMap<>()).put(pk, column);
                    }
                    t.columns.add(new SchemaColumn(column, catalog.type(rs.getString(3)),
                            rs.getInt(4) == 0 && pk == 0, rs.getString(5), column.equals(catalog.listed(t.name).autoIncrementColumn)));
                });
        pkColumns.forEach((table, cols) -> catalog.table(table).primaryKey = new Constraint.PrimaryKey(
                declaredName(catalog.listed(table), "PRIMARY", List.copyOf(cols.values()), null), List.copyOf(cols.values())));

        List<IndexRow> indexRows = query(c, "SELECT m.name, il.name, il.\"unique\", il.origin, ii.name, im.sql FROM " + m
                + " m JOIN pragma_index_list(m.name" + schemaArg + ") il JOIN pragma_index_info(il.name" + schemaArg + ") ii"
                + " LEFT JOIN " + m + " im ON im.type = 'index' AND im.name = il.name"
                + " WHERE " + only + " ORDER BY m.name, il.name, ii.seqno", params,
                rs -> new IndexRow(rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getString(4), rs.getString(5),
                        rs.getString(6)));
        for (List<IndexRow> rows : grouped(indexRows, r -> List.of(r.table(), r.name()))) {
            IndexRow first = rows.get(0);
            TableParts t = catalog.table(first.table());
            if (t == null) {
                continue;
            }
            String name = first.name();
            List<String> cols = rows.stream().map(IndexRow::column).toList();
            if (cols.contains(null)) {
                catalog.note("index " + name + " on " + t.name + " uses expressions; Retort does not compare it");
            } else if (first.origin().equals("u")) {
                t.uniques.add(new Constraint.Unique(declaredName(catalog.listed(t.name), "UNIQUE", cols, null), cols));
            } else if (first.origin().equals("c")) {
                t.indexes.add(new Index(name, t.name, cols, first.unique(), SqliteDdlText.indexWhere(first.sql()),
                        false));
            }
        }

        List<ForeignKeyRow> fkRows = query(c, "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_delete, f.on_update FROM " + m
                + " m JOIN pragma_foreign_key_list(m.name" + schemaArg + ") f WHERE " + only + " ORDER BY m.name, f.id DESC, f.seq",
                params, rs -> new ForeignKeyRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
        for (List<ForeignKeyRow> rows : grouped(fkRows, r -> List.of(r.table(), r.id()))) {
            ForeignKeyRow first = rows.get(0);
            TableParts t = catalog.table(first.table());
            if (t == null) {
                continue;
            }
            List<String> cols = rows.stream().map(ForeignKeyRow::column).toList();
            List<String> refs = rows.stream().map(ForeignKeyRow::referencedColumn).toList();
            if (refs.contains(null)) {
                TableParts parent = catalog.table(first.referencedTable());
                refs = parent != null && parent.primaryKey != null ? parent.primaryKey.columns() : cols;
            }
            t.foreignKeys.add(new Constraint.ForeignKey(declaredName(catalog.listed(t.name), "FOREIGN", cols, first.referencedTable()), cols,
                    first.referencedTable(), refs, action(first.onDelete()), action(first.onUpdate())));
        }
        for (String table : catalog.keys()) {
            catalog.listed(table).constraints.stream().filter(d -> d.kind().equals("CHECK"))
                    .forEach(d -> catalog.table(table).checks.add(new Constraint.Check(d.name(), d.text())));
        }
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
