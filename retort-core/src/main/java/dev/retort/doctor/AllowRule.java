package dev.retort.doctor;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * A doctor code silenced from the configuration ({@code [doctor]} in retort.toml): everywhere
 * when {@code paths} is empty, else only for files whose path relative to {@code base} matches
 * one of the globs ({@code versions/legacy/*}, {@code **}{@code /old_*.py}). Database findings
 * (which have no file) are silenced only by a rule without paths.
 *
 * @param where  where the rule is written, e.g. "retort.toml:12", for -v
 */
public record AllowRule(String code, List<String> paths, String reason, Path base, String where) {
    public AllowRule {
        paths = List.copyOf(paths);
        reason = reason == null ? "" : reason.strip();
        base = base == null ? null : base.toAbsolutePath().normalize();
    }

    boolean matches(String findingCode, Path file) {
        if (!code.equals(findingCode)) {
            return false;
        }
        if (paths.isEmpty()) {
            return true;
        }
        if (file == null || base == null) {
            return false;
        }
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(base)) {
            return false;
        }
        Path relative = base.relativize(abs);
        for (String glob : paths) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /** The reason shown by -v: the one written, or where the rule is. */
    String describe() {
        return reason.isEmpty() ? "allowed in " + where : reason + " (" + where + ")";
    }
}
