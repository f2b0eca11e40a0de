/**
 * Running revisions on a database: {@link dev.retort.engine.Migrator} applies, reverts, stamps
 * and repairs under a session lock; {@link dev.retort.engine.RevisionRunner} keeps each
 * revision's statements and version row in one transaction where DDL is transactional and marks
 * half-done revisions elsewhere; {@link dev.retort.engine.OfflineScript} writes the same runs as
 * SQL scripts. The version tables are {@code retort_version} (one row per applied revision) and
 * the append-only {@code retort_version_log}; checksums are defined in
 * {@link dev.retort.engine.Checksums}. Plans come from the revision graph through
 * {@link dev.retort.engine.GraphPlans}; the engine itself never reads files.
 */
package dev.retort.engine;
