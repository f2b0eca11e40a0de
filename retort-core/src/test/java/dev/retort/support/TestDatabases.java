package dev.retort.support;

import dev.retort.dialect.registry.Dialects;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Real databases for tests: one uniquely named database per test class and kind on the local
 * PostgreSQL and MariaDB servers (dropped by {@link #close()}), a temporary file for SQLite and
 * an in-memory database for H2. A server that does not answer skips the test, unless
 * RETORT_REQUIRE_DATABASES=1, which makes it fail (CI).
 */
public final class TestDatabases implements AutoCloseable {
    public enum Kind { POSTGRESQL, MARIADB, SQLITE, H2 }

    static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

    /** One database of one kind. */
    public record Db(Kind kind, String name, String url) {
        public Dialect dialect() {
            return Dialects.fromUrl(url);
        }

        public ConnectionOpener opener() {
            return () -> DriverManager.getConnection(url);
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }

        /** Runs statements in autocommit. */
        public void execute(String... sql) throws SQLException {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                for (String q : sql) {
                    s.execute(q);
                }
            }
        }
    }

    private final String label;
    private final Map<Kind, Db> open = new EnumMap<>(Kind.class);
    private final List<Path> files = new ArrayList<>();

    public TestDatabases(Class<?> testClass) {
        this.label = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The database of this kind for the test class, created on first use (by one thread, if a class runs its tests concurrently). */
    public synchronized Db get(Kind kind) {
        return open.computeIfAbsent(kind, this::create);
    }

    private Db create(Kind kind) {
        String name = "rt_" + label.substring(0, Math.min(20, label.length())) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        Path dir = null;
        if (kind == Kind.SQLITE) {
            try {
                dir = Files.createTempDirectory("retort-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(dir);
        }
        return create(kind, name, dir);
    }

    /**
     * A database of this kind called {@code name} (SQLite: a file in {@code dir}), for fixtures
     * that manage their own lifetime; {@link #drop} removes it. Skips or fails like {@link #get}.
     */
    public static Db create(Kind kind, String name, Path dir) {
        try {
            return switch (kind) {
                case POSTGRESQL -> {
                    admin(PG_ADMIN, "CREATE DATABASE " + name);
                    yield new Db(kind, name, "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres");
                }
                case MARIADB -> {
                    admin(MARIADB_ADMIN, "CREATE DATABASE " + name);
                    yield new Db(kind, name, "jdbc:mariadb://127.0.0.1:3306/" + name + "?user=root");
                }
                case SQLITE -> new Db(kind, name, "jdbc:sqlite:" + dir.resolve(name + ".db"));
                case H2 -> new Db(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            };
        } catch (SQLException e) {
            unavailable(kind, e);
            throw new IllegalStateException(e);
        }
    }

    /** Drops a server database, shuts an in-memory one down; a SQLite file stays for its folder's owner. */
    public static void drop(Db db) throws SQLException {
        switch (db.kind()) {
            case POSTGRESQL -> admin(PG_ADMIN, "DROP DATABASE IF EXISTS " + db.name() + " WITH (FORCE)");
            case MARIADB -> admin(MARIADB_ADMIN, "DROP DATABASE IF EXISTS " + db.name());
            case H2 -> db.execute("SHUTDOWN");
            case SQLITE -> { }
        }
    }

    /** Skips (or, with RETORT_REQUIRE_DATABASES=1, fails) when a server does not answer. */
    public static void unavailable(Kind kind, Exception e) {
        String why = kind + " is not available: " + e.getMessage();
        if ("1".equals(System.getenv("RETORT_REQUIRE_DATABASES"))) {
            throw new AssertionError(why + " (RETORT_REQUIRE_DATABASES=1)", e);
        }
        Assumptions.abort(why);
    }

    private static void admin(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public synchronized void close() throws Exception {
        for (Db db : open.values()) {
            drop(db);
        }
        for (Path dir : files) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        open.clear();
    }
}
