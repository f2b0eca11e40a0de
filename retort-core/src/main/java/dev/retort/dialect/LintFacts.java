package dev.retort.dialect;

/**
 * What lint's rules need to know about one database, as data: the rules ask these facts instead
 * of comparing database names. Each database folder holds its own values.
 *
 * @param concurrentIndexes  indexes can be built without blocking writes ({@code CREATE INDEX CONCURRENTLY},
 *                           {@code ADD CONSTRAINT ... USING INDEX}); Java's {@code concurrently()} is ignored elsewhere
 * @param notValidForeignKeys a foreign key can be added {@code NOT VALID} and validated later without blocking writes
 * @param notNullFromCheck   {@code SET NOT NULL} is proved from a validated {@code CHECK (c IS NOT NULL)}
 *                           without a scan; the table lock it takes is ACCESS EXCLUSIVE
 * @param lockTimeout        a session {@code lock_timeout} bounds how long DDL waits for its lock
 * @param indexesForeignKeys the database creates an index for every foreign key itself
 * @param volatileDefault    what adding a column with a per-row default does
 */
public record LintFacts(boolean concurrentIndexes, boolean notValidForeignKeys, boolean notNullFromCheck,
                        boolean lockTimeout, boolean indexesForeignKeys, VolatileDefault volatileDefault) {

    /** What {@code ADD COLUMN ... DEFAULT <volatile>} costs. */
    public enum VolatileDefault {
        /** every existing row is written (the general case) */
        REWRITES_TABLE,
        /** the table is copied (MariaDB, MySQL: no instant ADD COLUMN) */
        COPIES_TABLE,
        /** the statement is refused */
        REFUSED
    }

    /** The facts of a database that is not known (lint run without a url or --dialect). */
    public static final LintFacts UNKNOWN = new LintFacts(false, false, false, false, false, VolatileDefault.REWRITES_TABLE);
}
