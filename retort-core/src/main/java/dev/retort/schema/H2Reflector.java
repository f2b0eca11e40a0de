package dev.retort.schema;

import dev.retort.dialect.Dialect;
import dev.retort.ops.Constraint;
import dev.retort.ops.Index;
import dev.retort.ops.ReferentialAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * H2 2.x: five queries over INFORMATION_SCHEMA. Indexes H2 generates for constraints
 * (IS_GENERATED) belong to their constraint and are not reflected as indexes.
 */
final class H2Reflector implements Reflector {

    @Override
    public Schema reflect(Connection c, String schemaName, TableFilter filter) throws SQLException {
        Dialect dialect = Dialect.named("h2");
        TypeNames.Memo types = new TypeNames.Memo(dialect);
        String schema = schemaName != null ? schemaName : c.getSchema();
        Map<String, TableParts> tables = new LinkedHashMap<>();
        boolean all = true;
        try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (filter.accepts(rs.getString(1))) {
                        tables.put(rs.getString(1), new TableParts(rs.getString(1)));
                    } else {
                        all = false;
                    }
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (tables.isEmpty()) {
            return new Schema(dialect, List.of(), notes);
        }
        List<String> names = all ? List.of() : new ArrayList<>(tables.keySet());
        String in = " IN (" + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        String only = all ? "" : " AND TABLE_NAME" + in;

        query(c, "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,"
                + " DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY,"
                + " (SELECT LISTAGG('''' || REPLACE(e.VALUE_NAME, '''', '''''') || '''', ',') WITHIN GROUP (ORDER BY e.VALUE_ORDINAL)"
                + " FROM INFORMATION_SCHEMA.ENUM_VALUES e WHERE e.OBJECT_SCHEMA = c.TABLE_SCHEMA AND e.OBJECT_NAME = c.TABLE_NAME"
                + " AND e.OBJECT_TYPE = 'TABLE' AND e.ENUM_IDENTIFIER = c.DTD_IDENTIFIER)"
                + " FROM INFORMATION_SCHEMA.COLUMNS c"
                + " WHERE TABLE_SCHEMA = ?" + only + " ORDER BY TABLE_NAME, ORDINAL_POSITION", schema, names, rs -> {
                    TableParts t = tables.get(rs.getString(1));
                    if (t == null) {
                        return;
                    }
                    t.columns.add(new SchemaColumn(rs.getString(2), types.parse(typeText(rs)),
                            rs.getString(8).equals("YES"), rs.getString(9), rs.getString(10).equals("YES")));
                });

        Map<String, Object[]> constraints = new LinkedHashMap<>();
        query(c, "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME, cc.CHECK_CLAUSE"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                + " AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'CHECK')"
                + (all ? "" : " AND tc.TABLE_NAME" + in)
                + " ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION", schema, names, rs -> {
                    String key = rs.getString(1) + "\u0000" + rs.getString(2);
                    Object[] row = constraints.get(key);
                    if (row == null) {
                        row = new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), new ArrayList<String>(),
                            rs.getString(5)};
                        constraints.put(key, row);
                    }
                    if (rs.getString(4) != null) {
                        @SuppressWarnings("unchecked")
                        List<String> cols = (List<String>) row[3];
                        cols.add(rs.getString(4));
                    }
                });
        for (Object[] row : constraints.values()) {
            TableParts t = tables.get((String) row[0]);
            if (t == null) {
                continue;
            }
            if (t == null) {
                continue;
            }
            String name = (String) row[1];
            @SuppressWarnings("unchecked")
            List<String> cols = (List<String>) row[3];
            switch ((String) row[2]) {
                case "PRIMARY KEY" -> t.primaryKey = new Constraint.PrimaryKey(name, cols);
                case "UNIQUE" -> t.uniques.add(new Constraint.Unique(name, cols));
                default -> t.checks.add(new Constraint.Check(name, Expressions.unwrap((String) row[4])));
            }
        }

        Map<String, List<String[]>> fkRows = new LinkedHashMap<>();
        query(c, "SELECT fk.TABLE_NAME, rc.CONSTRAINT_NAME, fkc.COLUMN_NAME, ukc.TABLE_NAME, ukc.COLUMN_NAME,"
                + " rc.DELETE_RULE, rc.UPDATE_RULE FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc"
                + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS fk ON fk.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA"
                + " AND fk.CONSTRAINT_NAME = rc.CONSTRAINT_NAME"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE fkc ON fkc.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA"
                + " AND fkc.CONSTRAINT_NAME = rc.CONSTRAINT_NAME"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE ukc ON ukc.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA"
                + " AND ukc.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME AND ukc.ORDINAL_POSITION = fkc.POSITION_IN_UNIQUE_CONSTRAINT"
                + " WHERE rc.CONSTRAINT_SCHEMA = ?" + (all ? "" : " AND fk.TABLE_NAME" + in)
                + " ORDER BY fk.TABLE_NAME, rc.CONSTRAINT_NAME, fkc.ORDINAL_POSITION", schema, names,
                rs -> fkRows.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2), k -> new ArrayList<>())
                        .add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)}));
        for (List<String[]> rows : fkRows.values()) {
            String[] first = rows.get(0);
            if (!tables.containsKey(first[0])) {
                continue;
            }
            tables.get(first[0]).foreignKeys.add(new Constraint.ForeignKey(first[1], rows.stream().map(r -> r[2]).toList(),
                    first[3], rows.stream().map(r -> r[4]).toList(), action(first[5]), action(first[6])));
        }

        Map<String, List<String[]>> indexRows = new LinkedHashMap<>();
        query(c, "SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, ic.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i"
                + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic ON ic.INDEX_SCHEMA = i.INDEX_SCHEMA AND ic.INDEX_NAME = i.INDEX_NAME"
                + " WHERE i.TABLE_SCHEMA = ? AND NOT i.IS_GENERATED" + (all ? "" : " AND i.TABLE_NAME" + in)
                + " ORDER BY i.TABLE_NAME, i.INDEX_NAME, ic.ORDINAL_POSITION", schema, names,
                rs -> indexRows.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2), k -> new ArrayList<>())
                        .add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}));
        for (List<String[]> rows : indexRows.values()) {
            String[] first = rows.get(0);
            TableParts t = tables.get(first[0]);
            if (t == null) {
                continue;
            }
            if (t == null) {
                continue;
            }
            t.indexes.add(new Index(first[1], t.name, rows.stream().map(r -> r[3]).toList(),
                    first[2].startsWith("UNIQUE"), null, false));
        }
        return new Schema(dialect, tables.values().stream().map(TableParts::build).toList(), notes);
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

    private static void query(Connection c, String sql, String schema, List<String> names, Queries.Row row)
            throws SQLException {
        Queries.run(c, sql, Queries.params(schema, names), row);
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
