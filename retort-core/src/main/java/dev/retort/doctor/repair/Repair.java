package dev.retort.doctor.repair;

import dev.retort.report.Finding;
import dev.retort.report.FindingText;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code doctor --fix} computed: the file changes, the fixes it refused and why, and the
 * findings that would remain afterwards. {@code written} is true once {@code --apply} wrote them.
 */
public record Repair(List<FileChange> changes, List<Refusal> refused, List<Finding> remaining, boolean written) {

    /** A fix doctor would not make: for which finding, and why. */
    public record Refusal(Finding finding, String reason) {
        /** "FILE:LINE: code not fixed: reason", the file relative to {@code base}. */
        public String describe(Path base) {
            return FindingText.location(finding, base) + ": " + finding.code() + " not fixed: " + reason;
        }
    }

    public Repair {
        changes = List.copyOf(changes);
        refused = List.copyOf(refused);
        remaining = List.copyOf(remaining);
    }

    /** The changes as a unified diff (git's format, so `git apply` takes it), paths relative to {@code base}. */
    public String diff(Path base) {
        return UnifiedDiff.render(changes, base);
    }

    public Repair markWritten() {
        return new Repair(changes, refused, remaining, true);
    }
}
