package dev.retort.dialect.sqlite;

import dev.retort.dialect.Dialect;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * SQLite urls name files: {@code jdbc:sqlite:app.db} is relative to the JVM's working directory,
 * {@code jdbc:sqlite::memory:} and {@code jdbc:sqlite::resource:...} are not files at all.
 */
public final class SqliteUrls {
    private static final String SQLITE = "jdbc:sqlite:";

    private SqliteUrls() {}

    /**
     * The url with a relative database path resolved against {@code dir}; absolute paths,
     * in-memory and resource databases are returned unchanged.
     */
    public static String anchored(String url, Path dir) {
        if (url == null || dir == null || !url.regionMatches(true, 0, SQLITE, 0, SQLITE.length())) {
            return url;
        }
        String rest = url.substring(SQLITE.length());
        String scheme = rest.regionMatches(true, 0, "file:", 0, 5) ? rest.substring(0, 5) : "";
        rest = rest.substring(scheme.length());
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        String query = q < 0 ? "" : rest.substring(q);
        if (path.isEmpty() || path.startsWith(":") || path.startsWith("/") || path.startsWith("\\")
                || query.toLowerCase(Locale.ROOT).contains("mode=memory")) {
            return url;
        }
        try {
            Path file = Path.of(path);
            if (file.isAbsolute()) {
                return url;
            }
            return url.substring(0, SQLITE.length()) + scheme + dir.toAbsolutePath().resolve(file).normalize() + query;
        } catch (InvalidPathException e) {
            return url; // not a path we understand: let the driver judge it
        }
    }

    /** A file url opened read-only ({@code open_mode=1}), so that reading never creates the file. */
    public static Dialect.ReadOnlyUrl readOnly(String url, Path base) {
        if (url.startsWith(SQLITE) && !url.startsWith(SQLITE + ":")) {
            String rest = url.substring(SQLITE.length());
            int query = rest.indexOf('?');
            String file = (query < 0 ? rest : rest.substring(0, query)).replaceFirst("^file:", "");
            if (!file.isEmpty()) {
                Path path = base.resolve(file).normalize();
                return new Dialect.ReadOnlyUrl(SQLITE + path + (query < 0 ? "?" : rest.substring(query) + "&") + "open_mode=1", path);
            }
        }
        return new Dialect.ReadOnlyUrl(url, null);
    }

    /** The url of a database file. */
    public static String fileUrl(String file) {
        return SQLITE + file;
    }
}
