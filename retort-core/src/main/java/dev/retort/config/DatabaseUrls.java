package dev.retort.config;

import dev.retort.dialect.registry.Dialects;
import java.nio.file.Path;

/**
 * Anchors relative file paths in database urls. A SQLite url such as {@code jdbc:sqlite:app.db}
 * names a file relative to the JVM's working directory; Retort resolves the one written in
 * retort.toml against the file's folder instead, so that a project's database is the same file
 * whichever folder a command runs in.
 */
public final class DatabaseUrls {
    private DatabaseUrls() {}

    /**
     * The url with a relative SQLite database path resolved against {@code dir}; every other url
     * (absolute paths, in-memory and resource databases, other databases) is returned unchanged.
     */
    public static String anchored(String url, Path dir) {
        if (url == null || dir == null) {
            return url;
        }
        return Dialects.ofUrl(url).map(d -> d.anchored(url, dir)).orElse(url);
    }
}
