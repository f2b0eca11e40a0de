package dev.retort.doctor;

import dev.retort.RetortException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads an Alembic-style version table ({@code version_num}, one row per current head), so doctor
 * can tell which revisions an existing Alembic database has applied: the heads and all they
 * build on ({@link DoctorRequest#withAppliedHeads}).
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

    /** The ids in {@code table}'s {@code version_num} column. */
    public static Set<String> read(Connection c, String table) {
        Set<String> ids = new LinkedHashSet<>();
        try {
            String[] found = find(c, table);
            if (found == null) {
                throw RetortException.usage("cannot read the version table " + table + ": the database has no such table",
                        "name the table with --version-table (Alembic's is alembic_version, with a version_num column)");
            }
            String column = column(c, found, "version_num");
            String from = (found[0] == null ? "" : quote(c, found[0]) + ".") + quote(c, found[1]);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + quote(c, column) + " FROM " + from)) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw RetortException.usage("cannot read the version table " + table + ": " + e.getMessage(),
                    "name the table with --version-table (Alembic's is alembic_version, with a version_num column)");
        }
    }

    /**
     * The table's schema (or catalog, on MySQL/MariaDB) and name exactly as the catalog spells
     * them, matched without regard to case: databases fold unquoted names differently.
     */
    private static String[] find(Connection c, String table) throws SQLException {
        String[] parts = split(table);
        DatabaseMetaData md = c.getMetaData();
        // An unqualified name means the connection's own schema, as the SELECT would read it.
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
                    return new String[] {null, name};
                }
                if (parts[0].equalsIgnoreCase(schema)) {
                    return new String[] {schema, name};
                }
                if (parts[0].equalsIgnoreCase(cat)) {
                    return new String[] {cat, name};
                }
            }
        }
        return null;
    }

    private static String column(Connection c, String[] table, String wanted) throws SQLException {
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table[1], "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                if (wanted.equalsIgnoreCase(name)) {
                    return name;
                }
            }
        }
        return wanted;
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
