package dev.retort.dialect.h2;

import dev.retort.dialect.CatalogReflector;
import dev.retort.dialect.Dialect;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.ReferentialAction;
import dev.retort.schema.model.Expressions;
import dev.retort.schema.model.SchemaColumn;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * H2 2.x: five queries over INFORMATION_SCHEMA. Indexes H2 generates for constraints
 * (IS_GENERATED) belong to their constraint and are not reflected as indexes.
 */
final class H2Reflector extends CatalogReflector<String, Void> {
    private record ConstraintRow(String table, String name, String type, String column, String check) {}

    private record ForeignKeyRow(String table, String name, String column, String referencedTable, String referencedColumn,
            String onDelete, String onUpdate) {}

    private record IndexRow(String table, String name, String type, String column) {}

    H2Reflector(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String resolveSchema(Connection c, String schemaName) throws SQLException {
        return schemaName != null ? schemaName : c.getSchema();
    }

    @Override
    protected void listTables(Connection c, Catalog<String, Void> catalog) throws SQLException {
        for (String name : query(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", List.of(catalog.schema()),
                rs -> rs.getString(1))) {
            catalog.offer(name, name);
        }
    }

    @Override
    protected void readParts(Connection c, Catalog<String, Void> catalog) throws SQLException {
        List<Object> params = catalog.params(catalog.schema());
        each(c, "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,"
                + " DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY,"
                + " (SELECT LISTAGG('''' || REPLACE(e.VALUE_NAME, '''', '''''') || '''', ',') WITHIN GROUP (ORDER BY e.VALUE_ORDINAL)"
                + " FROM INFORMATION_SCHEMA.ENUM_VALUES e WHERE e.OBJECT_SCHEMA = c.TABLE_SCHEMA AND e.OBJECT_NAME = c.TABLE_NAME"
                + " AND e.OBJECT_TYPE = 'TABLE' AND e.ENUM_IDENTIFIER = c.DTD_IDENTIFIER)"
                + " FROM INFORMATION_SCHEMA.COLUMNS c"
                + " WHERE TABLE_SCHEMA = ?" + catalog.only("TABLE_NAME") + " ORDER BY TABLE_NAME, ORDINAL_POSITION", params, rs -> {
                    TableParts t = catalog.table(rs.getString(1));
                    if (t != null) {
                        t.columns.add(new SchemaColumn(rs.getString(2), catalog.type(typeText(rs)),
                                rs.getString(8).equals("YES"), rs.getString(9), rs.getString(10).equals("YES")));
                    }

                });

        List<ConstraintRow> constraints = query(c, "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,"
                + " cc.CHECK_CLAUSE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                + " AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'CHECK')"
                + catalog.only("tc.TABLE_NAME")
                + " ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION", params,
                rs -> new ConstraintRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        for (List<ConstraintRow> rows : grouped(constraints, r -> List.of(r.table(), r.name()))) {
            ConstraintRow first = rows.get(0);
            TableParts t = catalog.table(first.table());
            if (t == null) {
                continue;
            }
            List<String> cols = rows.stream().map(ConstraintRow::column).filter(Objects::nonNull).toList();
            switch (first.type()) {
                case "PRIMARY KEY" -> t.primaryKey = new Constraint.PrimaryKey(first.name(), cols);
                case "UNIQUE" -> t.uniques.add(new Constraint.Unique(first.name(), cols));
                default -> t.checks.add(new Constraint.Check(first.name(), Expressions.unwrap(first.check())));
            }
        }

        List<ForeignKeyRow> fkRows = query(c, "SELECT fk.TABLE_NAME, rc.CONSTRAINT_NAME, fkc.COLUMN_NAME, ukc.TABLE_NAME,"
                + " ukc.COLUMN_NAME, rc.DELETE_RULE, rc.UPDATE_RULE FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc"
                + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS fk ON fk.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA"
                + " AND fk.CONSTRAINT_NAME = rc.CONSTRAINT_NAME"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE fkc ON fkc.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA"
                + " AND fkc.CONSTRAINT_NAME = rc.CONSTRAINT_NAME"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE ukc ON ukc.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA"
                + " AND ukc.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME AND ukc.ORDINAL_POSITION = fkc.POSITION_IN_UNIQUE_CONSTRAINT"
                + " WHERE rc.CONSTRAINT_SCHEMA = ?" + catalog.only("fk.TABLE_NAME")
                + " ORDER BY fk.TABLE_NAME, rc.CONSTRAINT_NAME, fkc.ORDINAL_POSITION", params,
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

        List<IndexRow> indexRows = query(c, "SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, ic.COLUMN_NAME"
                + " FROM INFORMATION_SCHEMA.INDEXES i"
                + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic ON ic.INDEX_SCHEMA = i.INDEX_SCHEMA AND ic.INDEX_NAME = i.INDEX_NAME"
                + " WHERE i.TABLE_SCHEMA = ? AND NOT i.IS_GENERATED" + catalog.only("i.TABLE_NAME")
                + " ORDER BY i.TABLE_NAME, i.INDEX_NAME, ic.ORDINAL_POSITION", params,
                rs -> new IndexRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        for (List<IndexRow> rows : grouped(indexRows, r -> List.of(r.table(), r.name()))) {
            IndexRow first = rows.get(0);
            TableParts t = catalog.table(first.table());
            if (t != null) {
                t.indexes.add(new Index(first.name(), t.name, rows.stream().map(IndexRow::column).toList(),
                        first.type().startsWith("UNIQUE"), null, false));
            }
        }
    }

    /** The type as H2 would accept it in DDL, from the parts INFORMATION_SCHEMA reports separately. */
    private static String typeText(ResultSet rs) throws SQLException {
        String type = rs.getString(3).toLowerCase(Locale.ROOT);
        long length = rs.getLong(4);
        boolean hasLength = !rs.wasNull();
        return switch (type) {
            case "character varying", "character", "binary varying", "binary" -> hasLength ? type + "(" + length + ")" : type;
            case "numeric", "decimal" -> "numeric(" + rs.getInt(5) + "," + rs.getInt(6) + ")";
            case "time", "timestamp" -> type + "(" + rs.getInt(7) + ")";
            case "time with time zone", "timestamp with time zone" ->
                    type.replace(" with", "(" + rs.getInt(7) + ") with");
            case "enum" -> "enum(" + rs.getString(11) + ")";
            default -> type;
        };
    }

    /** H2 reports RESTRICT for the default, which behaves as NO ACTION. */
    private static ReferentialAction action(String rule) {
        return switch (rule) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> null;
        };
    }
}
