package dev.retort.verify;

import dev.retort.RetortException;
import dev.retort.config.Secrets;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.Dialect;
import dev.retort.engine.JdbcConnector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database verify may change at will: a schema of its own on the configured PostgreSQL
 * server (tables go there through {@code currentSchema}), a database of its own on MySQL or
 * MariaDB, a temporary SQLite file, an in-memory H2 database; or a database named with --url.
 * What verify created, it drops on {@link #close()}, whatever happened in between.
 *
 * @param schema what reflection reads: the scratch schema (PostgreSQL) or database (MySQL), or
 *     null for the connection's own
 */
public final class Scratch implements AutoCloseable {
    private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:[a-z]+://[^/?]*)(/[^?;]*)?([?;].*)?$");

    private final Dialect dialect;
    private final String url;
    private final ConnectionOpener opener;
    private final String schema;
    private final String description;
    private final Cleanup cleanup;
    private final boolean disposable;

    private interface Cleanup {
        void run() throws SQLException, IOException;
    }

    private Scratch(Dialect dialect, String url, ConnectionOpener opener, String schema, String description, Cleanup cleanup) {
        this.dialect = dialect;
        this.url = url;
        this.opener = opener;
        this.schema = schema;
        this.description = description;
        this.cleanup = cleanup;
        this.disposable = !description.startsWith("database ");
    }

    /** A database the user named (--url): used as it is and not dropped. */
    public static Scratch given(String url, String user, String password) {
        Dialect d = Dialect.fromUrl(url);
        String schema = d.name().equals("postgresql") ? param(url, "currentSchema") : null;
        if (d.name().equals("mysql")) {
            Matcher m = SERVER_URL.matcher(url);
            schema = m.matches() && m.group(2) != null && m.group(2).length() > 1 ? m.group(2).substring(1) : null;
        }
        return new Scratch(d, url, JdbcConnector.opener(url, user, password), schema, "database " + Secrets.maskUrl(url), () -> {});
    }

    /**
     * A fresh place beside the configured database ({@code url} empty: a temporary SQLite
     * file), named uniquely so that parallel runs never meet.
     */
    public static Scratch create(String url, String user, String password) {
        String name = "retort_verify_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(6);
        Dialect d = url == null || url.isBlank() ? Dialect.named("sqlite") : Dialect.fromUrl(url);
        try {
            return switch (d.name()) {
                case "postgresql" -> postgres(d, url, user, password, name);
                case "mysql" -> mysql(d, url, user, password, name);
                case "h2" -> h2(d, url, user, password, name);
                default -> sqlite(d);
            };
        } catch (SQLException | IOException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot create a scratch database for verify: "
                    + JdbcConnector.scrub(e.getMessage(), password),
                    "verify works on a temporary schema or database beside the configured one: let the user create one, "
                            + "or name an empty database with --url", e);
        }
    }

    private static Scratch postgres(Dialect d, String url, String user, String password, String name) throws SQLException {
        ConnectionOpener admin = JdbcConnector.opener(url, user, password);
        execute(admin, "CREATE SCHEMA " + d.quote(name));
        String scratchUrl = withParam(url, "currentSchema", name);
        return new Scratch(d, scratchUrl, JdbcConnector.opener(scratchUrl, user, password), name,
                "scratch schema " + name + " on " + Secrets.maskUrl(url),
                () -> execute(admin, "DROP SCHEMA IF EXISTS " + d.quote(name) + " CASCADE"));
    }

    private static Scratch mysql(Dialect d, String url, String user, String password, String name) throws SQLException {
        Matcher m = SERVER_URL.matcher(url);
        if (!m.matches()) {
            throw RetortException.usage("cannot tell the server of " + Secrets.maskUrl(url), "name an empty database with --url");
        }
        ConnectionOpener admin = JdbcConnector.opener(url, user, password);
        execute(admin, "CREATE DATABASE " + d.quote(name) + " DEFAULT CHARACTER SET utf8mb4");
        String scratchUrl = m.group(1) + "/" + name + (m.group(3) == null ? "" : m.group(3));
        return new Scratch(d, scratchUrl, JdbcConnector.opener(scratchUrl, user, password), name,
                "scratch database " + name + " on " + Secrets.maskUrl(m.group(1)),
                () -> execute(admin, "DROP DATABASE IF EXISTS " + d.quote(name)));
    }

    private static Scratch sqlite(Dialect d) throws IOException {
        Path file = Files.createTempFile("retort-verify-", ".db");
        String scratchUrl = "jdbc:sqlite:" + file;
        return new Scratch(d, scratchUrl, JdbcConnector.opener(scratchUrl, null, null), null, "temporary SQLite database", () -> {
            for (String suffix : new String[] {"", "-journal", "-wal", "-shm", ".retort-lock"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        });
    }

    /** In memory, kept alive by a connection held until close (the database goes with it). */
    private static Scratch h2(Dialect d, String url, String user, String password, String name) throws SQLException {
        String scratchUrl = "jdbc:h2:mem:" + name + settings(url);
        ConnectionOpener opener = JdbcConnector.opener(scratchUrl, user, password);
        Connection holder = opener.open();
        return new Scratch(d, scratchUrl, opener, null, "in-memory H2 database", holder::close);
    }

    /** The settings of an H2 url (MODE=PostgreSQL, ...), so the scratch database reads the same SQL. */
    static String settings(String url) {
        int semi = url.indexOf(';');
        StringBuilder out = new StringBuilder();
        if (semi >= 0) {
            for (String part : url.substring(semi + 1).split(";")) {
                String key = part.contains("=") ? part.substring(0, part.indexOf('=')).strip().toUpperCase(Locale.ROOT) : "";
                if (!part.isBlank() && !key.equals("DB_CLOSE_DELAY") && !key.equals("USER") && !key.equals("PASSWORD")) {
                    out.append(';').append(part);
                }
            }
        }
        return out.toString();
    }

    static String withParam(String url, String key, String value) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        StringBuilder query = new StringBuilder();
        if (q >= 0) {
            for (String p : url.substring(q + 1).split("&")) {
                if (!p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith(key.toLowerCase(Locale.ROOT) + "=")) {
                    query.append(query.length() == 0 ? "" : "&").append(p);
                }
            }
        }
        query.append(query.length() == 0 ? "" : "&").append(key).append('=').append(value);
        return base + "?" + query;
    }

    private static String param(String url, String key) {
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

    private static void execute(ConnectionOpener opener, String sql) throws SQLException {
        try (Connection c = opener.open(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The url the engine runs revisions against. */
    public String url() {
        return url;
    }

    public ConnectionOpener opener() {
        return opener;
    }

    public String schema() {
        return schema;
    }

    /**
     * For the report: "scratch schema retort_verify_1a2b on jdbc:postgresql://..., dropped
     * afterwards", secrets masked. A database given with --url is downgraded to base instead.
     */
    public String description() {
        return description + (disposable ? ", dropped afterwards" : ", taken back to base afterwards");
    }

    @Override
    public void close() {
        try {
            cleanup.run();
        } catch (SQLException | IOException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot drop the " + description + ": " + e.getMessage(),
                    "drop it by hand", e);
        }
    }
}
