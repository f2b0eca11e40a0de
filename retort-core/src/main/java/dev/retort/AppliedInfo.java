package dev.retort;

import java.time.Instant;
import java.util.Locale;

/**
 * One row of the version table.
 *
 * @param checksum of the file when it was applied or stamped; null if unknown
 * @param executionMs how long the upgrade took; null for stamped and offline rows
 * @param failed the direction that broke half way (or was interrupted), or null
 * @param failedStatement 1-based index of the statement that failed; null if interrupted
 * @param failedSql the text of that statement
 */
public record AppliedInfo(
        String id,
        String checksum,
        Instant appliedAt,
        String appliedBy,
        Long executionMs,
        Kind kind,
        Direction failed,
        Integer failedStatement,
        String failedSql) {

    /** How the row got there. */
    public enum Kind {
        APPLIED, STAMPED;

        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean isFailed() {
        return failed != null;
    }

    /** Whether the database counts it as applied when planning (a failed upgrade does not). */
    public boolean counts() {
        return failed != Direction.UPGRADE;
    }
}
