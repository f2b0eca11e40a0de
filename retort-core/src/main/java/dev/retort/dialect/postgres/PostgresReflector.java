package dev.retort.dialect.postgres;

import dev.retort.dialect.CatalogReflector;
import dev.retort.dialect.Dialect;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.ReferentialAction;
import dev.retort.schema.model.Expressions;
import dev.retort.schema.model.SchemaColumn;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PostgreSQL: four queries over pg_catalog, each for every table at once. (pg_constraint has no
 * index on conindid: the indexes query excludes constraint indexes with a hashed NOT IN, where a
 * correlated NOT EXISTS would scan pg_constraint once per index. Only checks need their
 * definition deparsed: a third of the constraints query's server time otherwise.)
 */
final class PostgresReflector extends CatalogReflector<Long, Void> {
    private static final Pattern SERIAL = Pattern.compile("nextval\\('[^']+'(::regclass)?\\)");

    private static final String TABLES = """
            SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = COALESCE(?, current_schema()) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY c.relname""";
    private static final String COLUMNS = """
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated
            FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attrelid = ANY(?::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";
    private static final String CONSTRAINTS = """
            SELECT con.conrelid, con.conname, con.contype,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, o)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o),
                   fc.relname,
                   ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, o)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o),
                   con.confdeltype, con.confupdtype,
                   CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid) END
            FROM pg_constraint con LEFT JOIN pg_class fc ON fc.oid = con.confrelid
            WHERE con.conrelid = ANY(?::oid[]) AND con.contype IN ('p', 'u', 'c', 'f')
            ORDER BY con.conrelid, con.conname""";
    private static final String INDEXES = """
            SELECT i.indrelid, ic.relname, i.indisunique,
                   ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, o)
                         LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n
                         WHERE k.o <= i.indnkeyatts ORDER BY k.o),
                   i.indexprs IS NOT NULL, pg_get_expr(i.indpred, i.indrelid), am.amname
            FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
            WHERE i.indrelid = ANY(?::oid[])
              AND i.indexrelid NOT IN (SELECT c.conindid FROM pg_constraint c WHERE c.contype IN ('p', 'u', 'x'))
            ORDER BY i.indrelid, ic.relname""";

    PostgresReflector(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected void listTables(Connection c, Catalog<Long, Void> catalog) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TABLES)) {
            ps.setString(1, catalog.schema()); // null: current_schema(), typed as text for COALESCE
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    catalog.offer(rs.getLong(1), rs.getString(2));
                }
            }
        }
    }

    /** Every bulk query takes the kept tables' oids: the catalog is keyed by oid, so no name list is needed. */
    @Override
    protected void readParts(Connection c, Catalog<Long, Void> catalog) throws SQLException {
        Array oids = c.createArrayOf("int8", catalog.keys().toArray());
        try (PreparedStatement ps = c.prepareStatement(COLUMNS)) {
            ps.setArray(1, oids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableParts t = catalog.table(rs.getLong(1));
                    if (t == null) {
                        continue;
                    }
                    String name = rs.getString(2);
                    String dflt = rs.getString(5);
                    String identity = rs.getString(6);
                    String generated = rs.getString(7);
                    boolean auto = identity != null && !identity.isEmpty();
                    if (generated != null && !generated.isEmpty()) {
                        catalog.note("column " + t.name + "." + name + " is generated; Retort does not compare its expression");
                        dflt = null;
                    } else if (dflt != null && SERIAL.matcher(dflt).matches()) {
                        auto = true; // serial: the sequence default is how PostgreSQL spells auto-increment
                        dflt = null;
                    }
                    t.columns.add(new SchemaColumn(name, catalog.type(rs.getString(3)), !rs.getBoolean(4),
                            dflt, auto));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(CONSTRAINTS)) {
            ps.setArray(1, oids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableParts t = catalog.table(rs.getLong(1));
                    if (t == null) {
                        continue;
                    }
                    String name = rs.getString(2);
                    List<String> cols = strings(rs.getArray(4));
                    switch (rs.getString(3)) {
                        case "p" -> t.primaryKey = new Constraint.PrimaryKey(name, cols);
                        case "u" -> t.uniques.add(new Constraint.Unique(name, cols));
                        case "c" -> t.checks.add(new Constraint.Check(name, checkCondition(rs.getString(9))));
                        default -> t.foreignKeys.add(new Constraint.ForeignKey(name, cols, rs.getString(5),
                                strings(rs.getArray(6)), action(rs.getString(7)), action(rs.getString(8))));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INDEXES)) {
            ps.setArray(1, oids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableParts t = catalog.table(rs.getLong(1));
                    if (t == null) {
                        continue;
                    }
                    String name = rs.getString(2);
                    List<String> cols = strings(rs.getArray(4));
                    if (rs.getBoolean(5) || cols.contains(null) || !rs.getString(7).equals("btree")) {
                        catalog.note("index " + name + " on " + t.name + " uses expressions or a " + rs.getString(7)
                                + " access method; Retort does not compare it");
                        continue;
                    }
                    String where = rs.getString(6);
                    t.indexes.add(new Index(name, t.name, cols, rs.getBoolean(3),
                            where == null ? null : Expressions.unwrap(where), false));
                }
            }
        }
    }

    /** {@code CHECK ((a > 0)) NOT VALID} gives {@code a > 0}. */
    static String checkCondition(String definition) {
        String s = definition.strip();
        if (s.startsWith("CHECK ")) {
            s = s.substring(6);
        }
        s = s.replaceAll("\\s+NOT VALID$", "").replaceAll("\\s+NO INHERIT$", "");
        return Expressions.unwrap(s);
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> null; // 'a', NO ACTION: the default
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                out.add((String) o);
            }
        }
        return out;
    }
}
