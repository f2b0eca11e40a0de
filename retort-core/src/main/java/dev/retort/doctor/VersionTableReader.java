package dev.retort.doctor;

import dev.retort.RetortException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what a database has applied, for doctor's database checks, from either kind of version
 * table: Alembic's ({@code version_num}, one row per current head, so the heads and all they
 * build on count as applied) or Retort's ({@code id} and {@code checksum}, one row per applied
 * revision; a row marked as a failed upgrade does not count, as in the engine).
 */
public final class VersionTableReader {
    /** Revision id to recorded checksum (null when none); {@code headsOnly} for Alembic's table. */
    public record Applied(Map<String, String> checksums, boolean headsOnly) {
        public Applied {
            checksums = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checksums));
        }

        /** The request with this database's state, named {@code name} in findings. */
        public DoctorRequest applyTo(DoctorRequest request, String name) {
            return headsOnly ? request.withAppliedHeads(checksums.keySet(), name) : request.withApplied(checksums, name);
        }
    }

    private VersionTableReader() {}

    /** True when {@code table} ("name" or "schema.name") exists, compared without regard to case. */
    public static boolean exists(Connection c, String table) {
        try {
            return find(c, table) != null;
        } catch (SQLException e) {
            throw RetortException.usage("cannot list the database's tables: " + e.getMessage(),
                    "check the url and that the user may read the catalog");
        }
    }

    /** The applied revisions recorded in {@code table} ("name" or "schema.name"). */
    public static Applied read(Connection c, String table) {
        try {
            Table found = find(c, table);
            if (found == null) {
                throw RetortException.usage("cannot read the version table " + table + ": the database has no such table",
                        "name the table with --version-table (Alembic's is alembic_version, Retort's retort_version)");
            }
            Map<String, String> columns = columns(c, found);
            String from = (found.qualifier() == null ? "" : quote(c, found.qualifier()) + ".") + quote(c, found.name());
            Map<String, String> applied = new LinkedHashMap<>();
            if (columns.containsKey("version_num")) {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT " + quote(c, columns.get("version_num")) + " FROM " + from)) {
                    while (rs.next()) {
                        applied.put(rs.getString(1), null);
                    }
                }
                return new Applied(applied, true);
            }
            if (!columns.containsKey("id")) {
                throw RetortException.usage("the table " + table + " is no version table: it has neither version_num (Alembic) nor id (Retort)",
                        "name the version table with --version-table");
            }
            String checksum = columns.containsKey("checksum") ? quote(c, columns.get("checksum")) : "NULL";
            String failed = columns.containsKey("failed") ? quote(c, columns.get("failed")) : "NULL";
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + quote(c, columns.get("id")) + ", " + checksum + ", " + failed + " FROM " + from)) {
                while (rs.next()) {
                    if (!"upgrade".equalsIgnoreCase(rs.getString(3))) {
                        applied.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return new Applied(applied, false);
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
