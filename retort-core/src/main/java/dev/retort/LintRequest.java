package dev.retort;

import java.nio.file.Path;

/**
 * What {@link Retort#lint} checks.
 *
 * @param folder  a folder of revisions to lint without retort.toml (the folder holding versions/,
 *                such as an Alembic project's migrations, or the versions folder itself), relative
 *                to the builder's directory; null for the configured project
 * @param range   the revisions to lint: a range like base:head or ae10: , or one identifier (head,
 *                an id); null for those the database has not applied (all without a database)
 * @param dialect postgresql, mysql, mariadb, sqlite or h2; null for the database url's (none without one)
 */
public record LintRequest(Path folder, String range, String dialect) {
    /** The configured project's revisions the database has not applied. */
    public static LintRequest project() {
        return new LintRequest(null, null, null);
    }
}
