package dev.retort.dialect;

import dev.retort.RetortException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
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

    /** What closing a space does (drop the database, delete the file). */
    @FunctionalInterface
    public interface Cleanup {
        void run() throws SQLException, IOException;
    }

    private final Dialect dialect;
    private final String url;
    private final ConnectionOpener opener;
    private final String name;
    private final String description;
    private final Cleanup cleanup;
    private final String schema;
    private final boolean disposable;

    private ScratchSpace(Dialect dialect, String url, ConnectionOpener opener, String name, String description, Cleanup cleanup,
            String schema, boolean disposable) {
        this.dialect = dialect;
        this.url = url;
        this.opener = opener;
        this.name = name;
        this.description = description;
        this.cleanup = cleanup;
        this.schema = schema;
        this.disposable = disposable;
    }

    /** A database the user named to work in (verify --url): used as it is, never dropped. */
    public static ScratchSpace given(Dialect dialect, String url, Connector connector, String description) {
        return new ScratchSpace(dialect, url, connector.at(url), databaseName(url), description, () -> { },
                dialect.scratch().givenSchema(url), false);
    }

    /**
     * A fresh space beside {@code url} (on its server; SQLite and H2: local, whatever the url),
     * after dropping the spaces killed runs left there.
     */
    public static ScratchSpace create(Dialect dialect, String url, Connector connector) {
        try {
            return dialect.scratch().create(dialect, url, connector);
        } catch (SQLException | IOException | RuntimeException e) {
            if (e instanceof RetortException r) {
                throw r;
            }
            throw new RetortException(RetortException.Kind.FAILED, "cannot create a scratch database: " + e.getMessage(),
                    "scratch work (verify, check, autogenerate) runs in a database of its own on the same server: let the "
                            + "user create databases, or name a server meant for scratch work in [verify] url / [model] scratch_url",
                    e);
        }
    }

    /** A space a {@link ScratchFactory} made: {@code cleanup} runs on close. */
    public static ScratchSpace of(Dialect dialect, String url, ConnectionOpener opener, String name, String description,
            Cleanup cleanup) {
        return new ScratchSpace(dialect, url, opener, name, description, cleanup, null, true);
    }

    /** Runs one statement of scratch administration. */
    public static void execute(Connection c, String sql) throws SQLException {
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
    public static String server(String url) {
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

    /**
     * The schema (PostgreSQL) or database (MySQL) reflection reads, or null: the connection's own
     * (always for a created space; a given one: what its url names).
     */
    public String schema() {
        return schema;
    }

    /** Whether closing drops the space (false: a database the user named, used as it is). */
    public boolean disposable() {
        return disposable;
    }

    /** For reports: the description and what becomes of the space ("..., dropped afterwards"). */
    public String fate() {
        return description + (disposable ? ", dropped afterwards" : ", taken back to base afterwards");
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
