package dev.retort;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link Retort#doctor} checks and how.
 *
 * @param path         a versions folder, the script folder holding it, or an Alembic project's root
 *                     (with alembic.ini) to check without retort.toml; relative to the builder's
 *                     directory; null for the configured project
 * @param mode         report only, compute the repair (--fix), or write it (--apply)
 * @param filesOnly    check the revision files only; do not connect to the database
 * @param versionTable the database's version table, or null for the configured one (else alembic_version)
 */
public record DoctorRequest(Path path, Mode mode, boolean filesOnly, String versionTable) {
    public enum Mode { REPORT, FIX, APPLY }

    public DoctorRequest {
        Objects.requireNonNull(mode, "mode");
    }

    /** A report on the configured project, its database included. */
    public static DoctorRequest project() {
        return new DoctorRequest(null, Mode.REPORT, false, null);
    }
}
