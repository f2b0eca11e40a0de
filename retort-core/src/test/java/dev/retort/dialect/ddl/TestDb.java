package dev.retort.dialect.ddl;

import dev.retort.dialect.registry.Dialects;
import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Kind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A throwaway database for one test class, with one open connection and the JDBC catalog and
 * schema arguments its metadata needs: a {@link TestDatabases} database of the dialect's kind,
 * so it skips (or, with RETORT_REQUIRE_DATABASES=1, fails) the same way.
 */
final class TestDb implements AutoCloseable {
    final String dialect;
    final Connection connection;
    /** JDBC catalog and schema pattern arguments for DatabaseMetaData. */
    final String catalog;
    final String schema;
    private final String url;
    private final TestDatabases databases;

    private TestDb(String dialect, TestDatabases.Db db, Connection connection, TestDatabases databases) {
        this.dialect = dialect;
        this.url = db.url();
        this.connection = connection;
        this.databases = databases;
        this.catalog = db.kind() == Kind.MARIADB ? db.name() : null;
        this.schema = switch (db.kind()) {
            case POSTGRESQL -> "public";
            case H2 -> "PUBLIC";
            case MARIADB, SQLITE -> null;
        };
    }

    static TestDb open(String dialect) {
        Kind kind = switch (dialect) {
            case "postgresql" -> Kind.POSTGRESQL;
            case "mysql" -> Kind.MARIADB;
            case "sqlite" -> Kind.SQLITE;
            case "h2" -> Kind.H2;
            default -> throw new IllegalArgumentException(dialect);
        };
        TestDatabases databases = new TestDatabases(TestDb.class);
        TestDatabases.Db db = databases.get(kind);
        try {
            return new TestDb(dialect, db, db.connect(), databases);
        } catch (SQLException e) {
            TestDatabases.unavailable(kind, e);
            throw new IllegalStateException(e);
        }
    }

    /** A second connection to the same database (SQLite settings such as foreign_keys are per connection). */
    Connection reconnect(Properties extra) throws SQLException {
        return DriverManager.getConnection(url, extra);
    }

    DdlRenderer ddl() {
        return Dialects.named(dialect).ddl();
    }

    void exec(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws Exception {
        connection.close();
        databases.close();
    }
}
