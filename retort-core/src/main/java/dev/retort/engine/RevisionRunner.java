package dev.retort.engine;

import dev.retort.Direction;
import dev.retort.MigrationListener;
import dev.retort.RetortException;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.script.TransactionMode;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Runs revisions one at a time on the run's connection. Where DDL is transactional a revision's
 * statements and its version row commit together (or, with {@code transaction = "all"}, the
 * whole run does). Elsewhere, and for {@code Transaction: none} revisions, the version row is
 * written first as "running", so that a failure or a killed process leaves a marker naming the
 * revision, and the failing statement, which blocks further runs until {@code retort repair}.
 */
final class RevisionRunner implements AutoCloseable {
    private final Connection connection;
    private final Dialect dialect;
    private final VersionTables tables;
    private final EngineSettings settings;
    private final MigrationListener listener;
    private final Statement statement;
    /** Whether a transaction spanning several revisions is open (transaction = "all"). */
    private boolean runTransactionOpen;
    /** Statements started in the current revision, and the last of them. */
    private int executed;
    private SqlStatement current;
    /** Whether statement {@code executed} has started and its end was not reported yet, and when it started. */
    private boolean open;
    private long statementStart;
    /** How the current revision failed, once {@link #fail} has said so. */
    private MigrationListener.Failure failure;

    RevisionRunner(Connection connection, Dialect dialect, VersionTables tables, EngineSettings settings,
            MigrationListener listener) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        this.tables = tables;
        this.settings = settings;
        this.listener = listener;
        this.statement = connection.createStatement();
    }

    void run(Direction direction, RevisionScript script) throws SQLException {
        MigrationListener.Step step = Steps.of(direction, script);
        listener.started(step);
        List<SqlStatement> statements = List.of();
        if (script.java() == null) {
            String sql = direction == Direction.UPGRADE ? script.upgradeSql() : script.downgradeSql();
            int line = direction == Direction.UPGRADE ? script.upgradeLine() : script.downgradeLine();
            statements = SqlSplitter.split(sql, dialect.syntax(), script.file(), line);
        }
        executed = 0;
        current = null;
        open = false;
        failure = null;
        long start = System.nanoTime();
        // one measurement, taken when the version table is written, for the row and the progress line
        Duration took;
        try {
            took = dialect.transactionalDdl() && script.mode() != TransactionMode.NONE
                    ? runAtomic(step, script, statements, start)
                    : runMarked(step, script, statements, start);
        } catch (SQLException | RuntimeException e) {
            MigrationListener.Failure f = failure != null ? failure
                    : new MigrationListener.Failure(executed, script.file(), current == null ? 0 : current.line(),
                            current == null ? null : current.sql(), e instanceof RetortException ? e.getMessage() : firstLine(e.getMessage()), null);
            listener.failed(step, Duration.ofNanos(System.nanoTime() - start), f);
            throw e;
        }
        listener.finished(step, took);
    }

    /** Commits a run transaction still open at the end of the run. */
    void commitRun() throws SQLException {
        if (runTransactionOpen) {
            connection.commit();
            runTransactionOpen = false;
        }
    }

    private Duration runAtomic(MigrationListener.Step step, RevisionScript script, List<SqlStatement> statements, long start)
            throws SQLException {
        boolean all = settings.runMode() == RetortConfig.Transaction.ALL;
        if (connection.getAutoCommit()) {
            connection.setAutoCommit(false);
        }
        try {
            if (!all && statements.size() > 1 && dialect.pipelinesBatches() && !listener.followsStatements()) {
                batch(step, statements);
            } else {
                body(step, script, statements);
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            boolean wasAll = all && runTransactionOpen;
            runTransactionOpen = false;
            connection.setAutoCommit(true);
            fail(step, script, statements.size(), e, start,
                    wasAll ? MigrationListener.Outcome.RUN_ROLLED_BACK : MigrationListener.Outcome.ROLLED_BACK,
                    wasAll ? "the whole run was rolled back: the database is where it was before it"
                            : step.direction() == Direction.UPGRADE
                                    ? "it was rolled back: the database is at the revision before it"
                                    : "it was rolled back: the database is still at " + script.id());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        try {
            tables.recordDone(step.direction(), script.id(), script.checksum(), Instant.now(), settings.appliedBy(),
                    took.toMillis());
        } catch (SQLException e) {
            connection.rollback();
            runTransactionOpen = false;
            connection.setAutoCommit(true);
            throw e;
        }
        if (all) {
            runTransactionOpen = true;
        } else {
            connection.commit();
        }
        return took;
    }

    private Duration runMarked(MigrationListener.Step step, RevisionScript script, List<SqlStatement> statements, long start)
            throws SQLException {
        commitRun(); // a Transaction: none revision cannot run inside the run's transaction
        connection.setAutoCommit(true);
        Direction direction = step.direction();
        if (direction == Direction.UPGRADE) {
            tables.insert(script.id(), script.checksum(), Instant.now(), settings.appliedBy(), null,
                    AppliedRevision.Kind.APPLIED, Direction.UPGRADE);
        } else {
            tables.mark(script.id(), Direction.DOWNGRADE, null, null);
        }
        try {
            body(step, script, statements);
        } catch (SQLException | RuntimeException e) {
            if (executed <= 1) {
                // nothing of the revision was committed: leave the database exactly as it was
                if (direction == Direction.UPGRADE) {
                    tables.delete(script.id());
                } else {
                    tables.mark(script.id(), null, null, null);
                }
                fail(step, script, statements.size(), e, start, MigrationListener.Outcome.ROLLED_BACK, (executed == 0 ? "nothing of it was applied"
                        : "nothing of it was applied (its first statement failed)")
                        + (direction == Direction.DOWNGRADE ? ": the database is still at " + script.id() : ""));
            }
            tables.mark(script.id(), direction, executed, current.sql());
            fail(step, script, statements.size(), e, start, MigrationListener.Outcome.MARKED_FAILED, "statements 1 to " + (executed - 1)
                    + " were committed and the revision is marked failed");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (direction == Direction.UPGRADE) {
            tables.finish(script.id(), Instant.now(), took.toMillis());
            tables.log(script.id(), "upgrade", script.checksum(), Instant.now(), settings.appliedBy(), took.toMillis(), null, null);
        } else {
            tables.delete(script.id());
            tables.log(script.id(), "downgrade", script.checksum(), Instant.now(), settings.appliedBy(),
                    took.toMillis(), null, null);
        }
        return took;
    }

    /** Runs the revision's statements, or its Java code, counting each statement as it starts. */
    private void body(MigrationListener.Step step, RevisionScript script, List<SqlStatement> statements) throws SQLException {
        if (script.java() != null) {
            boolean transactional = script.mode() != TransactionMode.NONE;
            try {
                script.java().run(step.direction(), connection, sql -> {
                    end(step); // a Java revision says when the next statement starts, not when the last ended
                    begin(step, new SqlStatement(sql, 0));
                    if (transactional) {
                        // counted, so the failure names it, but refused before it runs
                        TransactionChecks.refuseStatement(script.file(), sql);
                    }
                });
            } catch (StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
                // the revision's own code broke (endless recursion, a huge allocation, a missing
                // class): its failure, handled like an exception; the stack and heap it used are free again
                throw new IllegalStateException("the revision's code threw " + e, e);
            }
            end(step);
            return;
        }
        for (SqlStatement s : statements) {
            begin(step, s);
            statement.execute(s.sql());
            end(step);
        }
    }

    /**
     * Sends a revision's statements as one batch: one round trip instead of one per statement.
     * A batch names no failing statement reliably, and refuses statements that return rows (a
     * SELECT set_config(...)), so on failure the transaction is rolled back and the statements
     * replayed one by one (silently): they fail at the right statement, for the caller to roll
     * back, or pass, and the revision is done. Only for a revision's own transaction: a replay
     * inside a run-wide transaction would run without the revisions before it.
     */
    private void batch(MigrationListener.Step step, List<SqlStatement> statements) throws SQLException {
        for (SqlStatement s : statements) {
            begin(step, s);
            statement.addBatch(s.sql());
        }
        try {
            statement.executeBatch();
        } catch (BatchUpdateException batchFailed) {
            statement.clearBatch();
            connection.rollback();
            executed = 0;
            for (SqlStatement s : statements) {
                executed++;
                current = s;
                statement.execute(s.sql());
            }
        }
    }

    private void begin(MigrationListener.Step step, SqlStatement s) {
        executed++;
        current = s;
        listener.statement(step, executed, new MigrationListener.Statement(s.sql(), s.line()));
        open = true;
        statementStart = System.nanoTime();
    }

    private void end(MigrationListener.Step step) {
        if (open) {
            open = false;
            listener.statementFinished(step, executed, Duration.ofNanos(System.nanoTime() - statementStart));
        }
    }

    /** Logs the failure (in autocommit, so it survives the rollback) and throws the user's error. */
    private void fail(MigrationListener.Step step, RevisionScript script, int total, Exception e, long start,
            MigrationListener.Outcome result, String outcome) throws SQLException {
        String error = e instanceof RetortException re ? re.getMessage() : firstLine(e.getMessage());
        failure = new MigrationListener.Failure(executed, script.file(), current == null ? 0 : current.line(),
                current == null ? null : current.sql(), error, result);
        boolean located = current != null && current.line() > 0;
        String where = located ? script.file() + ":" + current.line() : script.file();
        String what = executed == 0 ? "its start" : "statement " + executed + (total > 0 ? " of " + total : "");
        tables.log(script.id(), step.direction().text() + "-failed", script.checksum(), Instant.now(),
                settings.appliedBy(), elapsedMs(start), executed == 0 ? null : executed, String.valueOf(e.getMessage()));
        String hint = result == MigrationListener.Outcome.MARKED_FAILED
                ? "its statements 1 to " + (executed - 1) + " took effect: " + FailedRevisions.hint(script.id(), step.direction())
                : "fix the revision and run the command again";
        throw new RetortException(RetortException.Kind.FAILED,
                where + ": " + step.direction().text() + " of " + script.id() + " failed at " + what + ": " + error
                        + "; " + outcome, hint, e);
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        String line = (nl < 0 ? message : message.substring(0, nl)).strip();
        // H2 repeats the statement after "; SQL statement:" on the next line: we name it ourselves
        return line.endsWith("; SQL statement:") ? line.substring(0, line.length() - 16) : line;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
