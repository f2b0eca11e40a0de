package dev.retort.config;

import dev.retort.dialect.registry.Dialects;
import dev.retort.dialect.Dialect;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns an alembic.ini {@code sqlalchemy.url} into a JDBC url with the user and password split
 * out (so they travel as credentials and are never printed): PostgreSQL, MySQL and MariaDB with
 * any driver suffix, and SQLite files (a relative path is anchored at alembic.ini's folder, as a
 * relative SQLite path in retort.toml is). Anything else (in-memory SQLite, other databases,
 * Unix sockets) gives null: the database-aware checks are then skipped.
 */
public final class SqlAlchemyUrls {
    /** A derived connection: {@code user} and {@code password} are empty when the url has none. */
    public record Jdbc(String url, String user, String password) {}

    private SqlAlchemyUrls() {}

    public static Jdbc toJdbc(String url, Path iniFolder) {
        if (url == null) {
            return null;
        }
        url = url.strip();
        int sep = url.indexOf("://");
        if (sep <= 0) {
            return null;
        }
        String scheme = url.substring(0, sep).toLowerCase(Locale.ROOT);
        String backend = scheme.contains("+") ? scheme.substring(0, scheme.indexOf('+')) : scheme;
        String rest = url.substring(sep + 3);
        Dialect dialect = Dialects.ofSqlAlchemy(backend).orElse(null);
        if (dialect == null) {
            return null;
        }
        if (dialect.serverUrl("", "") == null) {
            return file(dialect, rest, iniFolder);
        }
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q); // driver options (sslmode, charset, a socket) have no portable JDBC spelling
        }
        int at = rest.lastIndexOf('@');
        String user = "";
        String password = "";
        if (at >= 0) {
            String credentials = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = credentials.indexOf(':');
            user = decode(colon < 0 ? credentials : credentials.substring(0, colon));
            password = colon < 0 ? "" : decode(credentials.substring(colon + 1));
        }
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? "" : decode(rest.substring(slash + 1));
        if (hostPort.isEmpty()) {
            hostPort = "localhost";
        }
        return new Jdbc(dialect.serverUrl(hostPort, database), user, password);
    }

    /** sqlite:///relative.db, sqlite:////absolute.db; sqlite:// and :memory: hold nothing to check. */
    private static Jdbc file(Dialect dialect, String rest, Path iniFolder) {
        if (!rest.startsWith("/")) {
            return null;
        }
        String path = rest.substring(1);
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        if (path.isEmpty() || path.equals(":memory:")) {
            return null;
        }
        String file = path.startsWith("/") ? path : iniFolder.resolve(path).normalize().toString();
        return new Jdbc(dialect.fileUrl(file), "", "");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
