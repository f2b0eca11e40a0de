package dev.retort.doctor;

import dev.retort.RetortException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Alembic's version table ({@code version_num}, one row per current head), read with plain JDBC:
 * doctor counts the heads and all they build on as applied. Also finds tables by name without
 * regard to case, since databases fold unquoted names differently.
 */
public final class AlembicVersionTable {
    private AlembicVersionTable() {}

    /** True when {@code table} ("name" or "schema.name") exists, compared without regard to case. */
    public static boolean exists(Connection c, String table) {
        try {
            return find(c, table) != null;
        } catch (SQLException e) {
            throw RetortException.usage("cannot list the database's tables: " + e.getMessage(),
                    "check the url and that the user may read the catalog");
        }
    }

    /** True when {@code table} has Alembic's {@code version_num} column. */
    public static boolean isAlembic(Connection c, String table) {
        try {
            Table found = find(c, table);
            return found != null && columns(c, found).containsKey("version_num");
        } catch (SQLException e) {
            throw RetortException.usage("cannot read the columns of " + table + ": " + e.getMessage(),
                    "check that the user may read the catalog");
        }
    }

    /** The heads recorded in {@code table}'s {@code version_num} column. */
    public static Set<String> heads(Connection c, String table) {
        try {
            Table found = find(c, table);
            if (found == null) {
                throw RetortException.usage("cannot read the version table " + table + ": the database has no such table",
                        "name the table with --version-table (Alembic's is alembic_version, Retort's retort_version)");
            }
            String column = columns(c, found).getOrDefault("version_num", "version_num");
            String from = (found.qualifier() == null ? "" : quote(c, found.qualifier()) + ".") + quote(c, found.name());
            Set<String> heads = new LinkedHashSet<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + quote(c, column) + " FROM " + from)) {
                while (rs.next()) {
                    heads.add(rs.getString(1));
                }
            }
            return heads;
        } catch (SQLException e) {
            throw RetortException.usage("cannot read the version table " + table + ": " + e.getMessage(),
                    "name the table with --version-table (Alembic's is alembic_version, Retort's retort_version)");
        }
    }

    /** A table as the catalog spells it; {@code qualifier} is what to put before it in SQL, or null. */
    private record Table(String catalog, String schema, String name, String qualifier) {}

    /**
     * The table matched without regard to case (databases fold unquoted names differently); an
     * unqualified name means the connection's own schema, as the SELECT would read it.
     */
    private static Table find(Connection c, String table) throws SQLException {
        String[] parts = split(table);
        DatabaseMetaData md = c.getMetaData();
        String catalog = parts[0] == null ? c.getCatalog() : null;
        String schemaNow = parts[0] == null ? c.getSchema() : null;
        try (ResultSet rs = md.getTables(catalog, schemaNow, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String schema = rs.getString("TABLE_SCHEM");
                String cat = rs.getString("TABLE_CAT");
                if (!parts[1].equalsIgnoreCase(name)) {
                    continue;
                }
                if (parts[0] == null) {
                    return new Table(cat, schema, name, null);
                }
                if (parts[0].equalsIgnoreCase(schema)) {
                    return new Table(cat, schema, name, schema);
                }
                if (parts[0].equalsIgnoreCase(cat)) {
                    return new Table(cat, schema, name, cat);
                }
            }
        }
        return null;
    }

    /** The table's columns, lower case -> as the catalog spells them. */
    private static Map<String, String> columns(Connection c, Table t) throws SQLException {
        Map<String, String> out = new HashMap<>();
        String escape = c.getMetaData().getSearchStringEscape();
        String pattern = escape == null ? t.name() : t.name().replace(escape, escape + escape)
                .replace("_", escape + "_").replace("%", escape + "%");
        try (ResultSet rs = c.getMetaData().getColumns(t.catalog(), t.schema(), pattern, "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return out;
    }

    private static String[] split(String table) {
        int dot = table.lastIndexOf('.');
        return dot < 0 ? new String[] {null, table} : new String[] {table.substring(0, dot), table.substring(dot + 1)};
    }

    /** Quotes with the driver's own identifier quote, doubling it inside the name. */
    static String quote(Connection c, String identifier) throws SQLException {
        String q = c.getMetaData().getIdentifierQuoteString();
        if (q == null || q.isBlank()) {
            if (!identifier.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw RetortException.usage("table name " + identifier + " cannot be quoted on this database",
                        "use letters, digits and underscores");
            }
            return identifier;
        }
        q = q.strip();
        return q + identifier.replace(q, q + q) + q;
    }

}
