package dev.retort.doctor;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code doctor --fix} computed: the file changes, the fixes it refused and why, and the
 * findings that would remain afterwards. {@code written} is true once {@code --apply} wrote them.
 */
public record Repair(List<FileChange> changes, List<String> refused, List<Finding> remaining, boolean written) {
    public Repair {
        changes = List.copyOf(changes);
        refused = List.copyOf(refused);
        remaining = List.copyOf(remaining);
    }

    /** The changes as a unified diff (git's format, so `git apply` takes it), paths relative to {@code base}. */
    public String diff(Path base) {
        return UnifiedDiff.render(changes, base);
    }

    Repair markWritten() {
        return new Repair(changes, refused, remaining, true);
    }
}
