package dev.retort.schema;

import dev.retort.RetortException;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import dev.retort.dialect.SqlStatement;
import dev.retort.dialect.ddl.DdlExecutor;
import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.ops.Operation;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throwaway place of the same dialect to apply a desired-state schema in: on PostgreSQL a
 * schema with a unique name created inside a transaction that is rolled back on close (so
 * nothing is ever left behind, even by a killed process, and nothing needs dropping); on MySQL
 * a database with a unique name, dropped on close; an in-memory database for SQLite and H2.
 * {@code schemaName} is what {@link Reflector#reflect} needs to read it.
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
                    c.setAutoCommit(false);
                    execute(c, "CREATE SCHEMA " + dialect.quote(name));
                    execute(c, "SET LOCAL search_path TO " + dialect.quote(name));
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

    /**
     * Runs DDL statements; a failing one is a usage error naming {@code file} and its line. On
     * PostgreSQL they go as one batch, a single round trip, inside the scratch transaction.
     */
    public void apply(String file, List<SqlStatement> statements) {
        try {
            if (dialect.name().equals("postgresql") && statements.size() > 1) {
                Savepoint before = connection.setSavepoint();
                try (Statement s = connection.createStatement()) {
                    for (SqlStatement st : statements) {
                        s.addBatch(st.sql());
                    }
                    s.executeBatch();
                    return;
                } catch (SQLException e) {
                    connection.rollback(before); // run them one by one to tell which one failed
                }
            }
            try (Statement s = connection.createStatement()) {
                for (SqlStatement st : statements) {
                    try {
                        s.execute(st.sql());
                    } catch (SQLException e) {
                        throw RetortException.usage(file + ":" + st.line() + ": the statement fails on " + dialect.name() + ": "
                                + firstLine(e.getMessage()), "fix it: this file is plain " + dialect.name()
                                        + " DDL that describes the tables as they should be");
                    }
                }
            }
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot use the scratch database: " + e.getMessage(),
                    "check that the database is reachable", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** Creates the tables of a draft schema (a JPA model, say), so that reflecting gives the database's own spelling of it. */
    public void create(Schema draft) {
        DdlExecutor run = new DdlExecutor(DdlRenderer.forDialect(dialect.name()), connection, sql -> { });
        for (Operation op : SchemaDiff.diff(new Schema(dialect, List.of()), draft)) {
            run.accept(op);
        }
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
            if (dialect.name().equals("postgresql")) {
                c.rollback();
            } else if (schemaName != null && !c.isClosed()) {
                execute(c, "DROP DATABASE " + dialect.quote(schemaName));
            }
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot drop the scratch "
                    + (dialect.name().equals("postgresql") ? "schema " : "database ") + schemaName + ": " + e.getMessage(),
                    "drop it by hand", e);
        }
    }
}
