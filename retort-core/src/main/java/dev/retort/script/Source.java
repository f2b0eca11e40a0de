package dev.retort.script;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a revision was read from: the file, its format, and the 1-based line of each header key
 * ("revision", "revises", "branch_labels", "depends_on", "message", "create_date", "upgrade",
 * "downgrade") so that errors and doctor findings can point at it.
 */
public record Source(Path path, Format format, Map<String, Integer> lines) {
    public Source {
        lines = Map.copyOf(lines);
    }

    public int line(String key) {
        return lines.getOrDefault(key, 1);
    }
}
