package dev.retort;

import java.util.Objects;

/**
 * What {@link Retort#autogenerate} writes.
 *
 * @param format the new revision's format: SQL (upgrade and downgrade rendered for the database's
 *               dialect) or JAVA (the upgrade as Ops calls; the downgrade is derived)
 */
public record AutogenerateRequest(RevisionFormat format) {
    public AutogenerateRequest {
        Objects.requireNonNull(format, "format");
        if (format == RevisionFormat.ALEMBIC) {
            throw RetortException.usage("autogenerate writes sql or java revisions, not Alembic ones", "pass --format sql or java");
        }
    }
}
