package dev.retort.cli;

import dev.retort.support.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A fresh database of one kind for a CLI test, made by the core's {@link TestDatabases} (so it
 * skips, or fails with RETORT_REQUIRE_DATABASES=1, the same way): a uniquely named database on
 * the local PostgreSQL or MariaDB server (dropped on close), a SQLite file in the test's folder,
 * or an in-memory H2.
 */
final class ServerDatabases implements AutoCloseable {
    enum Kind { POSTGRESQL, MARIADB, SQLITE, H2 }

    final Kind kind;
    final String url;
    private final TestDatabases.Db db;

    ServerDatabases(Kind kind, Path dir) {
        this.kind = kind;
        String name = "rt_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.db = TestDatabases.create(TestDatabases.Kind.valueOf(kind.name()), name, dir);
        this.url = db.url();
    }

    /** The database's name on its server (PostgreSQL, MariaDB). */
    String name() {
        return db.name();
    }

    Connection connect() throws SQLException {
        return db.connect();
    }

    void execute(String... sql) throws SQLException {
        db.execute(sql);
    }

    @Override
    public void close() throws SQLException {
        TestDatabases.drop(db);
    }
}
