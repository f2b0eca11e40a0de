package dev.retort.dialect;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place scratch work happens (verify, check, autogenerate, model loading), where no
 * user data can be reached: a database of its own on PostgreSQL and MySQL/MariaDB, created on
 * the configured server (or the scratch server named in the config) and dropped on close; a
 * temporary file for SQLite; an in-memory database for H2. The name carries the creating
 * session (PostgreSQL backend pid and start, MySQL connection id; SQLite: the process id), and
 * that session stays open while the space lives, so a later run can tell a space a killed run
 * left behind from one in use, and drops only the former ({@link ScratchSweeper}).
 */
public final class ScratchSpace implements AutoCloseable {
    public static final String PREFIX = "retort_scratch_";
    private static final Pattern SERVER_URL =
            Pattern.compile("^(jdbc:[a-z]+:(?:[a-z]+:)?(?://[^/?;]*)?)/?([^?;]*)(.*)$", Pattern.CASE_INSENSITIVE);

    /** Opens connections to a url with the configured credentials (kept inside). */
    @FunctionalInterface
    public interface Connector {
        ConnectionOpener at(String url);
    }

    private interface Cleanup {
        void run() throws SQLException, IOException;
    }

    private final Dialect dialect;
    private final String url;
    private final ConnectionOpener opener;
    private final String name;
    private final String description;
    private final Cleanup cleanup;

    private ScratchSpace(Dialect dialect, String url, ConnectionOpener opener, String name, String description, Cleanup cleanup) {
        this.dialect = dialect;
        this.url = url;
        this.opener = opener;
        this.name = name;
        this.description = description;
        this.cleanup = cleanup;
    }

    /** A database the user named to work in (verify --url): used as it is, never dropped. */
    public static ScratchSpace given(Dialect dialect, String url, Connector connector, String description) {
        return new ScratchSpace(dialect, url, connector.at(url), databaseName(url), description, () -> { });
    }

    /**
     * A fresh space beside {@code url} (on its server; SQLite and H2: local, whatever the url),
     * after dropping the spaces killed runs left there.
     */
    public static ScratchSpace create(Dialect dialect, String url, Connector connector) {
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
        Connection holder = null;
        try {
            switch (dialect.name()) {
                case "postgresql", "mysql" -> {
                    holder = connector.at(url).open();
                    holder.setAutoCommit(true);
                    ScratchSweeper.sweep(dialect, holder);
                    String name = PREFIX + ScratchSweeper.session(dialect, holder) + "_" + random;
                    execute(holder, "CREATE DATABASE " + dialect.quote(name)
                            + (dialect.name().equals("mysql") ? " DEFAULT CHARACTER SET utf8mb4" : ""));
                    String scratchUrl = withDatabase(url, name);
                    ConnectionOpener opener = connector.at(scratchUrl);
                    Connection admin = holder;
                    ScratchSpace space = new ScratchSpace(dialect, scratchUrl, opener, name, "scratch database " + name + " on "
                            + server(url), () -> drop(dialect, admin, name));
                    if (dialect.name().equals("postgresql")) {
                        createSchemas(dialect, opener, param(url, "currentSchema"));
                    }
                    return space;
                }
                case "sqlite" -> {
                    ScratchSweeper.sweepFiles();
                    Path file = Files.createTempFile(ScratchSweeper.FILE_PREFIX + ProcessHandle.current().pid() + "-", ".db");
                    String scratchUrl = "jdbc:sqlite:" + file;
                    return new ScratchSpace(dialect, scratchUrl, connector.at(scratchUrl), null, "temporary SQLite database",
                            () -> ScratchSweeper.deleteFiles(file));
                }
                default -> {
                    String scratchUrl = "jdbc:h2:mem:" + PREFIX + random + h2Settings(url);
                    ConnectionOpener opener = connector.at(scratchUrl);
                    Connection keep = opener.open(); // the database lives as long as a connection does
                    return new ScratchSpace(dialect, scratchUrl, opener, null, "in-memory H2 database", keep::close);
                }
            }
        } catch (SQLException | IOException | RuntimeException e) {
            if (holder != null) {
                try {
                    holder.close();
                } catch (SQLException ignored) {
                    // the first error is the one to report
                }
            }
            if (e instanceof RetortException r) {
                throw r;
            }
            throw new RetortException(RetortException.Kind.FAILED, "cannot create a scratch database: " + e.getMessage(),
                    "scratch work (verify, check, autogenerate) runs in a database of its own on the same server: let the "
                            + "user create databases, or name a server meant for scratch work in [verify] url / [model] scratch_url",
                    e);
        }
    }

    private static void drop(Dialect dialect, Connection admin, String name) throws SQLException {
        try (admin) {
            if (dialect.name().equals("postgresql")) {
                // our own sessions may linger in the pool of a driver: FORCE ends them (PostgreSQL 13+)
                try {
                    execute(admin, "DROP DATABASE IF EXISTS " + dialect.quote(name) + " WITH (FORCE)");
                } catch (SQLException e) {
                    if (!"42601".equals(e.getSQLState())) {
                        throw e;
                    }
                    execute(admin, "DROP DATABASE IF EXISTS " + dialect.quote(name));
                }
            } else {
                execute(admin, "DROP DATABASE IF EXISTS " + dialect.quote(name));
            }
        }
    }

    /** The schemas of PostgreSQL's currentSchema in the new database, so tables land where they would. */
    private static void createSchemas(Dialect dialect, ConnectionOpener opener, String currentSchema) throws SQLException {
        if (currentSchema == null || currentSchema.isBlank()) {
            return;
        }
        try (Connection c = opener.open()) {
            for (String schema : currentSchema.split(",")) {
                String s = schema.strip();
                if (!s.isEmpty() && !s.equals("public") && !s.startsWith("pg_") && !s.startsWith("$")) {
                    execute(c, "CREATE SCHEMA IF NOT EXISTS " + dialect.quote(s));
                }
            }
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The url with its database replaced by {@code database} (server urls of PostgreSQL and MySQL). */
    public static String withDatabase(String url, String database) {
        Matcher m = SERVER_URL.matcher(url);
        if (!m.matches()) {
            throw RetortException.usage("cannot tell the server of the database url", "write it as jdbc:KIND://HOST:PORT/DATABASE");
        }
        return m.group(1) + (m.group(1).contains("//") ? "/" : "") + database + m.group(3);
    }

    /** The database a PostgreSQL or MySQL url names, or null. */
    public static String databaseName(String url) {
        Matcher m = url == null ? null : SERVER_URL.matcher(url);
        return m != null && m.matches() && !m.group(2).isEmpty() ? m.group(2) : null;
    }

    /** The server part of a url, for messages: no database, no parameters (which may hold secrets). */
    private static String server(String url) {
        Matcher m = SERVER_URL.matcher(url);
        return m.matches() ? m.group(1).replaceFirst("//[^/@]*@", "//") : "the server";
    }

    /** A parameter of a url's query string, or null. */
    public static String param(String url, String key) {
        int q = url.indexOf('?');
        if (q >= 0) {
            for (String p : url.substring(q + 1).split("&")) {
                if (p.toLowerCase(Locale.ROOT).startsWith(key.toLowerCase(Locale.ROOT) + "=")) {
                    return p.substring(key.length() + 1);
                }
            }
        }
        return null;
    }

    /**
     * The settings of an H2 url (MODE=PostgreSQL, ...), so the scratch database reads the same SQL;
     * not those that name files, users or scripts (INIT would run a script when it opens).
     */
    public static String h2Settings(String url) {
        int semi = url == null ? -1 : url.indexOf(';');
        StringBuilder out = new StringBuilder();
        if (semi >= 0) {
            for (String part : url.substring(semi + 1).split(";")) {
                String key = part.contains("=") ? part.substring(0, part.indexOf('=')).strip().toUpperCase(Locale.ROOT) : "";
                if (!part.isBlank() && !java.util.Set.of("DB_CLOSE_DELAY", "USER", "PASSWORD", "INIT", "AUTO_SERVER",
                        "AUTO_SERVER_PORT", "IFEXISTS", "CIPHER", "FILE_LOCK", "ACCESS_MODE_DATA").contains(key)) {
                    out.append(';').append(part);
                }
            }
        }
        return out.toString();
    }

    public Dialect dialect() {
        return dialect;
    }

    public String url() {
        return url;
    }

    public ConnectionOpener opener() {
        return opener;
    }

    /** The scratch database's name on PostgreSQL and MySQL (the given one's for {@link #given}); null otherwise. */
    public String name() {
        return name;
    }

    /** "scratch database retort_scratch_... on jdbc:postgresql://host:5432": no database, no secrets. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            cleanup.run();
        } catch (SQLException | IOException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot drop the " + description + ": " + e.getMessage(),
                    "drop it by hand; the next scratch run drops it too", e);
        }
    }
}
