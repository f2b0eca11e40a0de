package dev.retort.report;

import java.nio.file.Path;

/**
 * One problem a checker (doctor, lint, verify) found: a stable {@code code}, where it is
 * ({@code file} is null for a problem that lives only in the database; {@code column} is 1-based,
 * 0 when only the line is known), what is wrong, why it matters, and the fix or the safer way.
 */
public record Finding(String code, Severity severity, Path file, int line, int column, String message, String why, String fix) {
    public Finding {
        line = Math.max(line, file == null ? 0 : 1);
        column = file == null ? 0 : Math.max(column, 0);
        fix = fix == null ? "" : fix;
    }

    /** A finding located by its line only. */
    public Finding(String code, Severity severity, Path file, int line, String message, String why, String fix) {
        this(code, severity, file, line, 0, message, why, fix);
    }
}
