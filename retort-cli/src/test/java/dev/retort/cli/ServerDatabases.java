package dev.retort.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database of one kind for a CLI test: a uniquely named database on the local
 * PostgreSQL or MariaDB server (dropped on close), a SQLite file in the test's folder, or an
 * in-memory H2. A server that does not answer skips the test, unless RETORT_REQUIRE_DATABASES=1.
 */
final class ServerDatabases implements AutoCloseable {
    enum Kind { POSTGRESQL, MARIADB, SQLITE, H2 }

    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

    final Kind kind;
    final String url;
    private final String name;

    ServerDatabases(Kind kind, Path dir) {
        this.kind = kind;
        this.name = "rt_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            url = switch (kind) {
                case POSTGRESQL -> {
                    admin(PG_ADMIN, "CREATE DATABASE " + name);
                    yield "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres";
                }
                case MARIADB -> {
                    admin(MARIADB_ADMIN, "CREATE DATABASE " + name);
                    yield "jdbc:mariadb://127.0.0.1:3306/" + name + "?user=root";
                }
                case SQLITE -> "jdbc:sqlite:" + dir.resolve(name + ".db");
                case H2 -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            };
        } catch (SQLException e) {
            if ("1".equals(System.getenv("RETORT_REQUIRE_DATABASES"))) {
                throw new AssertionError(kind + " is not available (RETORT_REQUIRE_DATABASES=1)", e);
            }
            Assumptions.abort(kind + " is not available: " + e.getMessage());
            throw new IllegalStateException(e);
        }
    }

    /** The database's name on its server (PostgreSQL, MariaDB). */
    String name() {
        return name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    void execute(String... sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private static void admin(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        switch (kind) {
            case POSTGRESQL -> admin(PG_ADMIN, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            case MARIADB -> admin(MARIADB_ADMIN, "DROP DATABASE IF EXISTS " + name);
            case H2 -> execute("SHUTDOWN");
            case SQLITE -> { }
        }
    }
}
