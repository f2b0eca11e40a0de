package dev.retort.dialect.ddl;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * A throwaway database for one test class: a fresh schema on the local PostgreSQL, a fresh
 * database on the local MariaDB, a temporary SQLite file, or an in-memory H2. A server that does
 * not answer skips the test, unless RETORT_REQUIRE_DATABASES=1 (CI), where it fails.
 */
final class TestDb implements AutoCloseable {
    final String dialect;
    final Connection connection;
    /** JDBC catalog and schema pattern arguments for DatabaseMetaData. */
    final String catalog;
    final String schema;
    private final String url;
    private final AutoCloseable cleanup;

    private TestDb(String dialect, String url, Connection connection, String catalog, String schema, AutoCloseable cleanup) {
        this.dialect = dialect;
        this.url = url;
        this.connection = connection;
        this.catalog = catalog;
        this.schema = schema;
        this.cleanup = cleanup;
    }

    static TestDb open(String dialect) {
        String name = "retort_ops_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            return switch (dialect) {
                case "postgresql" -> postgres(name);
                case "mysql" -> mariadb(name);
                case "sqlite" -> sqlite(name);
                case "h2" -> h2(name);
                default -> throw new IllegalArgumentException(dialect);
            };
        } catch (SQLException | java.io.IOException e) {
            boolean required = "1".equals(System.getenv("RETORT_REQUIRE_DATABASES"));
            if (required) {
                fail(dialect + " is required (RETORT_REQUIRE_DATABASES=1) but not reachable: " + e.getMessage(), e);
            }
            assumeTrue(false, dialect + " not reachable, skipping: " + e.getMessage());
            throw new AssertionError("unreachable");
        }
    }

    private static TestDb postgres(String name) throws SQLException {
        String base = "jdbc:postgresql://127.0.0.1:5432/test";
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("connectTimeout", "3");
        try (Connection admin = DriverManager.getConnection(base, p); Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        }
        String url = base + "?currentSchema=" + name;
        Connection c = DriverManager.getConnection(url, p);
        return new TestDb("postgresql", url, c, null, name, () -> {
            c.close();
            try (Connection admin = DriverManager.getConnection(base, p); Statement s = admin.createStatement()) {
                s.execute("DROP SCHEMA " + name + " CASCADE");
            }
        });
    }

    private static TestDb mariadb(String name) throws SQLException {
        String base = "jdbc:mariadb://127.0.0.1:3306/";
        Properties p = new Properties();
        p.setProperty("user", "root");
        p.setProperty("password", "");
        p.setProperty("connectTimeout", "3000");
        try (Connection admin = DriverManager.getConnection(base, p); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        String url = base + name;
        Connection c = DriverManager.getConnection(url, p);
        return new TestDb("mysql", url, c, name, null, () -> {
            c.close();
            try (Connection admin = DriverManager.getConnection(base, p); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE " + name);
            }
        });
    }

    private static TestDb sqlite(String name) throws SQLException, java.io.IOException {
        Path dir = Files.createTempDirectory(name);
        Path file = dir.resolve("test.db");
        String url = "jdbc:sqlite:" + file;
        Connection c = DriverManager.getConnection(url);
        return new TestDb("sqlite", url, c, null, null, () -> {
            c.close();
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        });
    }

    private static TestDb h2(String name) throws SQLException {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Connection c = DriverManager.getConnection(url);
        return new TestDb("h2", url, c, null, "PUBLIC", () -> {
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            c.close();
        });
    }

    /** A second connection to the same database (SQLite settings such as foreign_keys are per connection). */
    Connection reconnect(Properties extra) throws SQLException {
        Properties p = new Properties();
        if (dialect.equals("postgresql")) {
            p.setProperty("user", "postgres");
        } else if (dialect.equals("mysql")) {
            p.setProperty("user", "root");
            p.setProperty("password", "");
        }
        p.putAll(extra);
        return DriverManager.getConnection(url, p);
    }

    DdlRenderer ddl() {
        return DdlRenderer.forDialect(dialect);
    }

    void exec(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws Exception {
        cleanup.close();
    }
}
