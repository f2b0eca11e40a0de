package dev.retort.support;

import dev.retort.dialect.Dialect;
import dev.retort.schema.ScratchDatabase;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Empty databases for a class whose every case needs one or two of its own. On PostgreSQL they
 * are reused from case to case: a new database copies and syncs its template (seconds on a busy
 * machine), while emptying one (dropping and recreating its public schema) takes milliseconds.
 * The other kinds get a scratch database as verify and check make them (MariaDB: a database of
 * its own, SQLite: a temporary file, H2: in memory), which is cheap there. A {@link Lease} is one
 * connection to an empty database, set up as scratch work sets up its own (PostgreSQL: one
 * transaction); closing it empties the database and gives it back. Skips or fails like
 * {@link TestDatabases#get}.
 */
public final class EmptyDatabases implements AutoCloseable {
    private final String label;
    private final TestDatabases servers;
    private final Deque<Db> idle = new ArrayDeque<>();
    private final List<Db> all = new ArrayList<>();

    public EmptyDatabases(Class<?> testClass) {
        String name = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        this.label = "rt_" + name.substring(0, Math.min(16, name.length())) + "_e";
        this.servers = new TestDatabases(testClass);
    }

    /** One connection to an empty database of one kind, for one case. */
    public final class Lease implements AutoCloseable {
        private final Db db;
        private final ScratchDatabase scratch;
        private final Connection connection;

        private Lease(Db db, ScratchDatabase scratch, Connection connection) {
            this.db = db;
            this.scratch = scratch;
            this.connection = connection;
        }

        public Dialect dialect() {
            return scratch != null ? scratch.dialect() : db.dialect();
        }

        public Connection connection() {
            return connection;
        }

        /** The schema tables land in (PostgreSQL: public), or null: the database itself. */
        public String schemaName() {
            return scratch != null ? scratch.schemaName() : db.dialect().scratch().createdSchema(db.url());
        }

        @Override
        public void close() throws SQLException {
            if (scratch != null) {
                scratch.close();
                return;
            }
            try (Connection c = connection) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA public CASCADE");
                    s.execute("CREATE SCHEMA public");
                }
            }
            synchronized (EmptyDatabases.this) {
                idle.add(db);
            }
        }
    }

    /** An empty database of this kind; closing the lease empties it again. */
    public Lease lease(Kind kind) throws SQLException {
        if (kind != Kind.POSTGRESQL) {
            Db server = servers.get(kind);
            ScratchDatabase scratch = ScratchDatabase.open(server.dialect(), server.url(), u -> () -> DriverManager.getConnection(u));
            return new Lease(server, scratch, scratch.connection());
        }
        Db db = take();
        Connection c = db.connect();
        c.setAutoCommit(!db.dialect().scratch().appliesInOneTransaction());
        return new Lease(db, null, c);
    }

    private synchronized Db take() {
        Db db = idle.poll();
        if (db == null) {
            db = TestDatabases.create(Kind.POSTGRESQL, label + UUID.randomUUID().toString().substring(0, 8), null);
            all.add(db);
        }
        return db;
    }

    @Override
    public synchronized void close() throws Exception {
        for (Db db : all) {
            TestDatabases.drop(db);
        }
        all.clear();
        idle.clear();
        servers.close();
    }
}
