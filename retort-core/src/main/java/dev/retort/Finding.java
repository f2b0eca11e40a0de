package dev.retort;

import java.nio.file.Path;

/**
 * One problem doctor, lint or verify found: a stable {@code code}, how bad it is, where it is
 * ({@code file} null for a problem that lives only in the database; {@code column} 1-based, 0
 * when only the line is known), what is wrong, why it matters, and the fix or the safer way.
 */
public record Finding(String code, Finding.Severity severity, Path file, int line, int column, String message, String why,
        String fix) {
    /** Errors fail doctor and lint; warnings only with --strict (doctor: after --apply, those left). */
    public enum Severity { ERROR, WARNING }

    static Finding of(dev.retort.report.Finding f) {
        return new Finding(f.code(), f.severity() == dev.retort.report.Severity.ERROR ? Severity.ERROR : Severity.WARNING,
                f.file(), f.line(), f.column(), f.message(), f.why(), f.fix());
    }

    static java.util.List<Finding> all(java.util.List<dev.retort.report.Finding> findings) {
        return findings.stream().map(Finding::of).toList();
    }
}
