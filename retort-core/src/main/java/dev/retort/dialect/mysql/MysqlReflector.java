package dev.retort.dialect.mysql;

import dev.retort.dialect.CatalogReflector;
import dev.retort.dialect.Dialect;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.ReferentialAction;
import dev.retort.Type;
import dev.retort.schema.model.Expressions;
import dev.retort.schema.model.SchemaColumn;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MySQL and MariaDB: five queries over information_schema, each for every table at once.
 * Unique keys are indexes here (that is how InnoDB keeps them), so they are reflected as unique
 * indexes, never as unique constraints. MariaDB's JSON is LONGTEXT with a json_valid check named
 * after the column: reflected as JSON, without the check. A primary key has no name of its own.
 */
final class MysqlReflector extends CatalogReflector<String, Void> {

    private record IndexRow(String table, String name, boolean unique, String column, boolean prefix, String type) {}

    private record ForeignKeyRow(String table, String name, String column, String referencedTable, String referencedColumn,
            String onDelete, String onUpdate) {}

    MysqlReflector(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String resolveSchema(Connection c, String schemaName) throws SQLException {
        return schemaName != null ? schemaName : currentDatabase(c);
    }

    @Override
    protected void listTables(Connection c, Catalog<String, Void> catalog) throws SQLException {
        for (String name : query(c, "SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", List.of(catalog.schema()),
                rs -> rs.getString(1))) {
            catalog.offer(name, name);
        }
    }

    @Override
    protected void readParts(Connection c, Catalog<String, Void> catalog) throws SQLException {
        boolean mariadb = c.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb");
        List<Object> params = catalog.params(catalog.schema());
        String only = catalog.only("TABLE_NAME");
        String onlyTc = only.replace("TABLE_NAME", "tc.TABLE_NAME");
        String onlyK = only.replace("TABLE_NAME", "k.TABLE_NAME");

        Map<String, Map<String, String>> checkText = new LinkedHashMap<>();
        String checks = mariadb
                ? "SELECT cc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS cc"
                        + " WHERE cc.CONSTRAINT_SCHEMA = ?" + only.replace("TABLE_NAME", "cc.TABLE_NAME")
                        + " ORDER BY cc.TABLE_NAME, cc.CONSTRAINT_NAME"
                : "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM information_schema.TABLE_CONSTRAINTS tc"
                        + " JOIN information_schema.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                        + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                        + " WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE = 'CHECK'" + onlyTc
                        + " ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME";
        each(c, checks, params, rs -> checkText
                .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3)));

        each(c, "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?" + only + " ORDER BY TABLE_NAME, ORDINAL_POSITION",
                params, rs -> {
                    TableParts t = catalog.table(rs.getString(1));
                    if (t == null) {
                        return;
                    }
                    String column = rs.getString(2);
                    String extra = rs.getString(6) == null ? "" : rs.getString(6).toLowerCase(Locale.ROOT);
                    Type type = catalog.type(rs.getString(3));
                    Map<String, String> tableChecks = checkText.getOrDefault(t.name, Map.of());
                    String jsonCheck = tableChecks.get(column);
                    if (type.equals(Type.TEXT) && jsonCheck != null
                            && Expressions.key(jsonCheck).equals("json_valid(" + column.toLowerCase(Locale.ROOT) + ")")) {
                        type = Type.JSON;
                        tableChecks.remove(column);
                    }
                    t.columns.add(new SchemaColumn(column, type, rs.getString(4).equals("YES"),
                            defaultSql(rs.getString(5), mariadb, extra), extra.contains("auto_increment")));
                });
        checkText.forEach((table, byName) -> byName.forEach((name, clause) -> {
            if (catalog.table(table) != null) {
                catalog.table(table).checks.add(new Constraint.Check(name, Expressions.unwrap(clause)));
            }
        }));

        List<IndexRow> indexRows = query(c, "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, INDEX_TYPE"
                + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?" + only
                + " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX", params,
                rs -> new IndexRow(rs.getString(1), rs.getString(2), rs.getInt(3) == 0, rs.getString(4), rs.getObject(5) != null,
                        rs.getString(6)));
        for (List<IndexRow> rows : grouped(indexRows, r -> List.of(r.table(), r.name()))) {
            IndexRow first = rows.get(0);
            TableParts t = catalog.table(first.table());
            if (t == null) {
                continue;
            }
            String name = first.name();
            List<String> cols = rows.stream().map(IndexRow::column).toList();
            boolean partial = rows.stream().anyMatch(r -> r.prefix() || r.column() == null);
            if (partial || !"BTREE".equals(first.type())) {
                catalog.note("index " + name + " on " + t.name + " uses a prefix, an expression or " + first.type()
                        + "; Retort does not compare it");
            } else if (name.equals("PRIMARY")) {
                t.primaryKey = new Constraint.PrimaryKey(null, cols); // always PRIMARY, and not a name ADD CONSTRAINT takes
            } else {
                t.indexes.add(new Index(name, t.name, cols, first.unique(), null, false));
            }
        }

        List<ForeignKeyRow> fkRows = query(c, "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,"
                + " k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE FROM information_schema.KEY_COLUMN_USAGE k"
                + " JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
                + " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME"
                + " WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL" + onlyK
                + " ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION", params,
                rs -> new ForeignKeyRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
        for (List<ForeignKeyRow> rows : grouped(fkRows, r -> List.of(r.table(), r.name()))) {
            ForeignKeyRow first = rows.get(0);
            TableParts t = catalog.table(first.table());
            if (t != null) {
                t.foreignKeys.add(new Constraint.ForeignKey(first.name(), rows.stream().map(ForeignKeyRow::column).toList(),
                        first.referencedTable(), rows.stream().map(ForeignKeyRow::referencedColumn).toList(),
                        action(first.onDelete()), action(first.onUpdate())));
            }
        }
    }

    private static String currentDatabase(Connection c) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /**
     * MariaDB reports defaults as SQL (quoted literals, the word NULL); MySQL reports the bare
     * value and marks expressions DEFAULT_GENERATED.
     */
    static String defaultSql(String reported, boolean mariadb, String extra) {
        if (reported == null || (mariadb && reported.equals("NULL"))) {
            return null;
        }
        if (mariadb || extra.contains("default_generated") || reported.matches("-?\\d+(\\.\\d+)?")) {
            return reported;
        }
        return "'" + reported.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** InnoDB treats RESTRICT and NO ACTION alike, and reports one or the other for the default. */
    private static ReferentialAction action(String rule) {
        return switch (rule) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> null;
        };
    }
}
