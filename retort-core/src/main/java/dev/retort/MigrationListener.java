package dev.retort;

import dev.retort.dialect.sql.SqlStatement;
import java.time.Duration;

/**
 * What a run reports while it goes. The engine never prints; the CLI renders these as lines,
 * an application may log them. All methods default to doing nothing.
 */
public interface MigrationListener {
    MigrationListener NONE = new MigrationListener() {};

    /** The run waits for the lock; the message names the lock and who holds it. */
    default void waiting(String message) {}

    /** Java revisions were compiled for the run ({@code files} > 0; a run that found them all cached says nothing). */
    default void compiled(int files, Duration duration) {}

    /** The run is about to apply {@code revisions} revisions in {@code direction} (sent before the first {@link #started}). */
    default void planned(Direction direction, int revisions) {}

    /** A revision starts: sent before its first statement runs. */
    default void started(Step step) {}

    /** A statement is about to run (the CLI shows these with -v only). */
    default void statement(Step step, int index, Statement statement) {}

    /** Statement {@code index} of the step has run, in {@code duration}. */
    default void statementFinished(Step step, int index, Duration duration) {}

    /**
     * Whether this listener follows single statements. When true the engine sends a revision's
     * statements one at a time instead of in one batch, so that {@link #statement} and
     * {@link #statementFinished} come as each statement starts and ends; a batch would announce
     * them all before the first has run.
     */
    default boolean followsStatements() {
        return false;
    }

    /** The revision is done (and recorded) in {@code duration}. */
    default void finished(Step step, Duration duration) {}

    /** The revision failed after {@code duration}, as {@code failure} says; the run's exception follows. */
    default void failed(Step step, Duration duration, Failure failure) {}

    default void summary(RunSummary summary) {}

    /**
     * One revision run (or stamped) in one direction.
     *
     * @param from the revisions it goes from: its parents on upgrade, itself on downgrade
     * @param to the revisions it goes to
     */
    record Step(Direction direction, String id, String from, String to, String message) {
        /** "upgrade a -> b, message" as Alembic prints it. */
        public String describe() {
            return direction.text() + " " + from + " -> " + to + (message.isEmpty() ? "" : ", " + firstLine(message));
        }

        private static String firstLine(String s) {
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }
    }

    /** One statement of a revision: its SQL and the line of the file it starts on (0 when unknown). */
    record Statement(String sql, int line) {}

    /**
     * Where and how a revision failed.
     *
     * @param statement the 1-based statement that failed; 0 when it failed before its first statement
     * @param file the revision's file as the error names it (null for a revision without a file)
     * @param line the line of the file the failed statement starts on; 0 when unknown (Java revisions)
     * @param sql the failed statement's SQL; null when it failed before its first statement
     * @param error the database's (or the revision's code's) message, its first line
     * @param outcome what became of the revision's work; null when Retort cannot tell (the version
     *     table itself could not be written)
     */
    record Failure(int statement, String file, int line, String sql, String error, Outcome outcome) {}

    /** What became of a failed revision's work, and so where the database is. */
    enum Outcome {
        /** Nothing of the revision took effect (its transaction rolled back, or its first statement failed). */
        ROLLED_BACK,
        /** With {@code transaction = "all"}: the whole run rolled back, the revisions before it included. */
        RUN_ROLLED_BACK,
        /** Statements before the failed one took effect; a failed marker stops runs until {@code retort repair}. */
        MARKED_FAILED;

        /** The name in JSON: rolled_back, run_rolled_back, marked_failed. */
        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * What a finished run did.
     *
     * @param purged rows {@code stamp --purge} removed from the version table before stamping
     * @param removed the revisions among {@code revisions} that the run removed from the version
     *     table without running them ({@code stamp} to an older revision); empty for other runs
     */
    record RunSummary(String operation, java.util.List<String> revisions, Duration elapsed, int purged,
            java.util.List<String> removed) {
        public RunSummary {
            revisions = java.util.List.copyOf(revisions);
            removed = java.util.List.copyOf(removed);
        }

        public RunSummary(String operation, java.util.List<String> revisions, Duration elapsed) {
            this(operation, revisions, elapsed, 0, java.util.List.of());
        }
    }
}
