package dev.retort.schema;

import dev.retort.RetortException;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throwaway place of the same dialect to apply a desired-state schema in: a temporary schema
 * (PostgreSQL) or database (MySQL) on the same server, made with a unique name and always
 * dropped on close; an in-memory database for SQLite and H2. {@code schemaName} is what
 * {@link Reflector#reflect} needs to read it.
 */
public final class ScratchDatabase implements AutoCloseable {
    private final Dialect dialect;
    private final Connection connection;
    private final String schemaName;

    private ScratchDatabase(Dialect dialect, Connection connection, String schemaName) {
        this.dialect = dialect;
        this.connection = connection;
        this.schemaName = schemaName;
    }

    /** Opens a scratch place beside the database at {@code url}, reached through {@code opener}. */
    public static ScratchDatabase open(Dialect dialect, String url, ConnectionOpener opener) {
        String name = "retort_scratch_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(4);
        Connection c = null;
        try {
            switch (dialect.name()) {
                case "postgresql" -> {
                    c = opener.open();
                    c.setAutoCommit(true);
                    execute(c, "CREATE SCHEMA " + dialect.quote(name));
                    execute(c, "SET search_path TO " + dialect.quote(name));
                    return new ScratchDatabase(dialect, c, name);
                }
                case "mysql" -> {
                    c = opener.open();
                    c.setAutoCommit(true);
                    execute(c, "CREATE DATABASE " + dialect.quote(name) + " DEFAULT CHARACTER SET utf8mb4");
                    execute(c, "USE " + dialect.quote(name));
                    return new ScratchDatabase(dialect, c, name);
                }
                case "sqlite" -> {
                    return new ScratchDatabase(dialect, DriverManager.getConnection("jdbc:sqlite::memory:"), null);
                }
                default -> {
                    return new ScratchDatabase(dialect, DriverManager.getConnection("jdbc:h2:mem:" + name + h2Settings(url)), null);
                }
            }
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // the first error is the one to report
                }
            }
            throw new RetortException(RetortException.Kind.FAILED, "cannot create a scratch "
                    + (dialect.name().equals("postgresql") ? "schema" : "database") + " for the model: " + e.getMessage(),
                    "the model's schema.sql is applied to a temporary " + (dialect.name().equals("postgresql") ? "schema"
                            : "database") + " on the same server: grant the user CREATE, or use url = \"...\" in [model]", e);
        }
    }

    /** The settings of an H2 url (MODE=PostgreSQL...), so that the scratch database parses the same SQL. */
    static String h2Settings(String url) {
        int semi = url == null ? -1 : url.indexOf(';');
        if (semi < 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : url.substring(semi + 1).split(";")) {
            String key = part.contains("=") ? part.substring(0, part.indexOf('=')).strip().toUpperCase(java.util.Locale.ROOT) : "";
            if (!part.isBlank() && !key.equals("DB_CLOSE_DELAY") && !key.equals("USER") && !key.equals("PASSWORD")) {
                out.append(';').append(part);
            }
        }
        return out.toString();
    }

    public Dialect dialect() {
        return dialect;
    }

    public Connection connection() {
        return connection;
    }

    /** The schema (PostgreSQL) or database (MySQL) to reflect, or null: the connection's own. */
    public String schemaName() {
        return schemaName;
    }

    public Schema reflect(TableFilter filter) {
        return Reflector.reflect(dialect, connection, schemaName, filter);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        try (Connection c = connection) {
            if (schemaName != null && !c.isClosed()) {
                execute(c, dialect.name().equals("postgresql") ? "DROP SCHEMA " + dialect.quote(schemaName) + " CASCADE"
                        : "DROP DATABASE " + dialect.quote(schemaName));
            }
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot drop the scratch "
                    + (dialect.name().equals("postgresql") ? "schema " : "database ") + schemaName + ": " + e.getMessage(),
                    "drop it by hand", e);
        }
    }
}
