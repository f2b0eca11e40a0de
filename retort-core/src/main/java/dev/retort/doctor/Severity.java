package dev.retort.doctor;

/** How bad a finding is. Both levels make {@code retort doctor} exit 1. */
public enum Severity {
    /** The chain is broken: Alembic or Retort will refuse to run, or run the wrong thing. */
    ERROR,
    /** The chain works but is fragile or surprising. */
    WARNING
}
