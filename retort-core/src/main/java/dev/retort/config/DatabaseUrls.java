package dev.retort.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Anchors relative file paths in database urls. A SQLite url such as {@code jdbc:sqlite:app.db}
 * names a file relative to the JVM's working directory; Retort resolves the one written in
 * retort.toml against the file's folder instead, so that a project's database is the same file
 * whichever folder a command runs in.
 */
public final class DatabaseUrls {
    private static final String SQLITE = "jdbc:sqlite:";

    private DatabaseUrls() {}

    /**
     * The url with a relative SQLite database path resolved against {@code dir}; every other url
     * (absolute paths, in-memory and resource databases, other databases) is returned unchanged.
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
}
