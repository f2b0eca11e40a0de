package dev.retort.report;

import java.nio.file.Path;

/** How reports name files: relative to a base folder when under it, always with forward slashes. */
public final class ReportPaths {
    private ReportPaths() {}

    public static String relative(Path base, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (base != null) {
            Path b = base.toAbsolutePath().normalize();
            if (abs.startsWith(b)) {
                abs = b.relativize(abs);
            }
        }
        return abs.toString().replace('\\', '/');
    }
}
