package dev.retort.doctor.repair;

import java.nio.file.Path;

/**
 * One file a repair changes: edited in place ({@code from} equals {@code to}), renamed (and maybe
 * edited), or created ({@code from} and {@code before} are null).
 */
public record FileChange(Path from, Path to, String before, String after) {
    public boolean created() {
        return from == null;
    }

    public boolean renamed() {
        return from != null && !from.equals(to);
    }

    public boolean edited() {
        return before == null || !before.equals(after);
    }
}
