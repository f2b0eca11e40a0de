package dev.retort.report;

/**
 * How bad a finding is. Each command decides what a level means for its exit code: doctor
 * fails on both, lint only on errors (and on warnings with --strict).
 */
public enum Severity {
    /** Broken or dangerous: the tool refuses, runs the wrong thing, or loses data. */
    ERROR,
    /** Works, but is fragile, surprising, or risky on a busy database. */
    WARNING
}
