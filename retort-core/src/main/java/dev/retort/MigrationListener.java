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

    /** The revision failed after {@code duration}; the run's exception follows. */
    default void failed(Step step, Duration duration) {}

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

    /** What a finished run did. */
    /** @param purged rows {@code stamp --purge} removed from the version table before stamping */
    record RunSummary(String operation, java.util.List<String> revisions, Duration elapsed, int purged) {
        public RunSummary {
            revisions = java.util.List.copyOf(revisions);
        }

        public RunSummary(String operation, java.util.List<String> revisions, Duration elapsed) {
            this(operation, revisions, elapsed, 0);
        }
    }
}
