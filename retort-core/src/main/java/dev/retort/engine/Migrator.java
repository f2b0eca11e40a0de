package dev.retort.engine;

import dev.retort.Direction;
import dev.retort.MigrationListener;
import dev.retort.RetortException;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LockRequest;
import dev.retort.dialect.RunConnection;
import dev.retort.dialect.SessionLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies, reverts, stamps and repairs revisions on one database. Every run opens one
 * connection, takes the run lock, creates the version tables if needed, reads what is applied,
 * and only then asks the caller for the plan, so concurrent runners never plan from stale state.
 */
public final class Migrator {

    /** Computes the revisions to run, in order, from the ids the database has applied. */
    @FunctionalInterface
    public interface Planner {
        List<RevisionScript> plan(Set<String> applied);
    }

    /** Finds the script of a revision id, for checksum checks; empty when no file defines it. */
    @FunctionalInterface
    public interface ScriptLookup {
        Optional<RevisionScript> find(String id);
    }

    /** What stamping changes: rows to add (as stamped) and rows to remove, without running SQL. */
    public record StampPlan(List<RevisionScript> add, List<String> remove) {
        public StampPlan {
            add = List.copyOf(add);
            remove = List.copyOf(remove);
        }
    }

    @FunctionalInterface
    public interface StampPlanner {
        StampPlan plan(Set<String> applied);
    }

    private final Dialect dialect;
    private final ConnectionOpener opener;
    private final VersionTableNames names;
    private final EngineSettings settings;
    private final MigrationListener listener;

    public Migrator(Dialect dialect, ConnectionOpener opener, VersionTableNames names, EngineSettings settings,
            MigrationListener listener) {
        this.dialect = dialect;
        this.opener = opener;
        this.names = names;
        this.settings = settings;
        this.listener = listener == null ? MigrationListener.NONE : listener;
    }

    /** Applies what {@code planner} asks for, after refusing failed markers and changed files. */
    public MigrationListener.RunSummary upgrade(Planner planner, ScriptLookup scripts) {
        return locked("upgrade", (c, tables, rows) -> {
            refuseFailed(rows);
            refuseChangedChecksums(rows, scripts);
            List<RevisionScript> plan = planner.plan(appliedIds(rows));
            refuseLongIds(plan);
            return runPlan(c, tables, Direction.UPGRADE, plan);
        });
    }

    /**
     * What an upgrade would refuse (failed markers, changed files, applied revisions no file
     * defines), without locking, creating or running anything; returns the ids it would apply.
     */
    public List<String> validate(Planner planner, ScriptLookup scripts) {
        List<AppliedRevision> rows = applied();
        refuseFailed(rows);
        refuseChangedChecksums(rows, scripts);
        return planner.plan(appliedIds(rows)).stream().map(RevisionScript::id).toList();
    }

    /**
     * Reverts what {@code planner} asks for, newest first as the plan orders it, after refusing
     * failed markers and changed files: a downgrade runs the file as it is now, so an edited file
     * would undo something other than what was applied.
     */
    public MigrationListener.RunSummary downgrade(Planner planner, ScriptLookup scripts) {
        return locked("downgrade", (c, tables, rows) -> {
            refuseFailed(rows);
            refuseChangedChecksums(rows, scripts);
            return runPlan(c, tables, Direction.DOWNGRADE, planner.plan(appliedIds(rows)));
        });
    }

    /**
     * Reverts without comparing checksums: only for a database this process built from the same
     * scripts moments before (verify's scratch database), where no file can have changed since.
     */
    public MigrationListener.RunSummary downgrade(Planner planner) {
        return downgrade(planner, id -> Optional.empty());
    }

    /**
     * Records revisions as applied (or removes them) without running their SQL. {@code purge}
     * first empties the version table, failed markers included.
     */
    public MigrationListener.RunSummary stamp(StampPlanner planner, boolean purge) {
        int[] purged = {0};
        List<String> removed = new ArrayList<>();
        return locked("stamp", () -> purged[0], () -> removed, (c, tables, rows) -> {
            List<String> changed = new ArrayList<>();
            inTransaction(c, () -> {
                Instant now = Instant.now();
                Set<String> applied = appliedIds(rows);
                if (purge) {
                    tables.deleteAll();
                    purged[0] = rows.size();
                    for (AppliedRevision r : rows) {
                        tables.log(r.id(), "purge", r.checksum(), now, settings.appliedBy(), null, null, null);
                    }
                    applied = Set.of();
                }
                StampPlan plan = planner.plan(applied);
                refuseLongIds(plan.add());
                Set<String> present = purge ? Set.of() : allIds(rows);
                for (String id : plan.remove()) {
                    tables.delete(id);
                    tables.log(id, "unstamp", null, now, settings.appliedBy(), null, null, null);
                    changed.add(id);
                    removed.add(id);
                }
                for (RevisionScript s : plan.add()) {
                    if (present.contains(s.id())) {
                        tables.delete(s.id()); // a failed upgrade row becomes a clean stamped one
                    }
                    tables.insert(s.id(), s.checksum(), now, settings.appliedBy(), null, AppliedRevision.Kind.STAMPED, null);
                    tables.log(s.id(), "stamp", s.checksum(), now, settings.appliedBy(), null, null, null);
                    changed.add(s.id());
                }
            });
            return changed;
        });
    }

    public MigrationListener.RunSummary repair(boolean acceptChecksums, ScriptLookup scripts) {
        return repair(acceptChecksums, List.of(), scripts);
    }

    /**
     * Clears failed markers. A failed revision the user undid by hand goes back to where it was
     * (a failed upgrade's row goes: the revision counts as not applied; a failed downgrade's row
     * stays applied). One in {@code finished}, which the user completed by hand, counts as done
     * (a failed upgrade becomes applied; a failed downgrade's row goes). With
     * {@code acceptChecksums}, records the current checksum of every applied file that changed.
     */
    public MigrationListener.RunSummary repair(boolean acceptChecksums, List<String> finished, ScriptLookup scripts) {
        return locked("repair", (c, tables, rows) -> {
            Set<String> done = FailedRevisions.resolveFinished(rows, finished);
            List<String> changed = new ArrayList<>();
            inTransaction(c, () -> {
                Instant now = Instant.now();
                for (AppliedRevision r : rows) {
                    if (!r.isFailed()) {
                        continue;
                    }
                    boolean completed = done.contains(r.id());
                    if (completed == (r.failed() == Direction.UPGRADE)) {
                        tables.mark(r.id(), null, null, null);
                    } else {
                        tables.delete(r.id());
                    }
                    tables.log(r.id(), "repair", r.checksum(), now, settings.appliedBy(), null, r.failedStatement(),
                            (completed ? "finished by hand: recorded as " + (r.failed() == Direction.UPGRADE ? "applied" : "reverted")
                                    : "undone by hand: cleared failed " + r.failed().text() + " marker"));
                    changed.add(r.id());
                }
                if (acceptChecksums) {
                    for (ChecksumMismatch m : mismatches(rows, scripts)) {
                        tables.updateChecksum(m.id(), m.actual());
                        tables.log(m.id(), "accept-checksum", m.actual(), now, settings.appliedBy(), null, null,
                                "was " + m.recorded());
                        changed.add(m.id());
                    }
                }
            });
            return changed;
        });
    }

    /** The version table's rows, oldest first, without locking or creating anything. */
    public List<AppliedRevision> applied() {
        try (RunConnection run = connect(); VersionTables tables = new VersionTables(run.connection(), dialect, names)) {
            Connection c = run.connection();
            c.setAutoCommit(true);
            try {
                return tables.read();
            } catch (SQLException e) {
                if (tablesExist(c)) {
                    throw e;
                }
                return List.of();
            }
        } catch (SQLException e) {
            throw failure("cannot read the version table", e);
        }
    }

    // --- the run skeleton -------------------------------------------------------------------

    private interface Work {
        List<String> run(Connection c, VersionTables tables, List<AppliedRevision> rows) throws SQLException;
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private MigrationListener.RunSummary locked(String operation, Work work) {
        return locked(operation, () -> 0, List::of, work);
    }

    private MigrationListener.RunSummary locked(String operation, java.util.function.IntSupplier purged,
            java.util.function.Supplier<List<String>> removed, Work work) {
        long start = System.nanoTime();
        try (RunConnection run = connect()) {
            Connection c = run.connection();
            c.setAutoCommit(true);
            try (SessionLock lock = dialect.lock(waitSpec().withConnection(c));
                    VersionTables tables = new VersionTables(c, dialect, names)) {
                tables.create();
                List<String> done = work.run(c, tables, tables.read());
                var summary = new MigrationListener.RunSummary(operation, done, Duration.ofNanos(System.nanoTime() - start),
                        purged.getAsInt(), removed.get());
                listener.summary(summary);
                return summary;
            }
        } catch (SQLException e) {
            throw failure(operation + " failed", e);
        }
    }

    private List<String> runPlan(Connection c, VersionTables tables, Direction direction, List<RevisionScript> plan)
            throws SQLException {
        TransactionChecks.refuse(dialect, direction, plan);
        List<String> done = new ArrayList<>();
        try (RevisionRunner runner = new RevisionRunner(c, dialect, tables, settings, listener)) {
            listener.planned(direction, plan.size());
            for (RevisionScript s : plan) {
                runner.run(direction, s);
                done.add(s.id());
            }
            runner.commitRun();
        }
        return done;
    }

    private static void inTransaction(Connection c, SqlAction action) throws SQLException {
        c.setAutoCommit(false);
        try {
            action.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** An id the version table cannot hold would fail after the revision ran (MySQL: 768 characters). */
    private void refuseLongIds(List<RevisionScript> plan) {
        int max = dialect.maxRevisionIdLength();
        for (RevisionScript s : plan) {
            int length = s.id().codePointCount(0, s.id().length());
            if (length > max) {
                throw RetortException.usage(s.file() + ": revision id is " + length + " characters long; the "
                                + dialect.name() + " version table holds ids of at most " + max + " characters",
                        "give the revision a shorter id (and change the revises of the revisions after it)");
            }
        }
    }

    private static void refuseFailed(List<AppliedRevision> rows) {
        for (AppliedRevision r : rows) {
            if (r.isFailed()) {
                String what = r.failedStatement() == null
                        ? "was interrupted during " + r.failed().text() + " (the run stopped before it finished)"
                        : "failed during " + r.failed().text() + " at statement " + r.failedStatement() + " ("
                                + RevisionRunner.firstLine(r.failedSql()) + ")";
                throw new RetortException(RetortException.Kind.FAILED,
                        "revision " + r.id() + " " + what + "; the database may be half way through it",
                        FailedRevisions.hint(r.id(), r.failed()));
            }
        }
    }

    private void refuseChangedChecksums(List<AppliedRevision> rows, ScriptLookup scripts) {
        List<ChecksumMismatch> changed = mismatches(rows, scripts);
        if (!changed.isEmpty()) {
            ChecksumMismatch m = changed.get(0);
            String more = changed.size() == 1 ? "" : " (and " + (changed.size() - 1) + " more changed file(s))";
            throw new RetortException(RetortException.Kind.FAILED,
                    m.file() + ": revision " + m.id() + " changed after it was applied: recorded checksum "
                            + m.recorded() + ", file now " + m.actual() + more,
                    "review the change, then run 'retort repair --accept-checksums' to record the new checksum");
        }
    }

    /** An applied revision whose file no longer has the recorded checksum. */
    record ChecksumMismatch(String id, String file, String recorded, String actual) {}

    static List<ChecksumMismatch> mismatches(List<AppliedRevision> rows, ScriptLookup scripts) {
        List<ChecksumMismatch> out = new ArrayList<>();
        for (AppliedRevision r : rows) {
            if (r.checksum() == null) {
                continue;
            }
            scripts.find(r.id()).filter(s -> !s.checksum().equals(r.checksum()))
                    .ifPresent(s -> out.add(new ChecksumMismatch(r.id(), s.file(), r.checksum(), s.checksum())));
        }
        return out;
    }

    private static Set<String> appliedIds(List<AppliedRevision> rows) {
        Set<String> ids = new LinkedHashSet<>();
        for (AppliedRevision r : rows) {
            if (r.counts()) {
                ids.add(r.id());
            }
        }
        return ids;
    }

    private static Set<String> allIds(List<AppliedRevision> rows) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.id()));
        return ids;
    }

    private boolean tablesExist(Connection c) {
        try (var s = c.createStatement()) {
            s.executeQuery("SELECT 1 FROM " + dialect.qualify(names.schema(), names.table()) + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private LockRequest waitSpec() {
        return new LockRequest(null, opener, names.schema(), names.table(), settings.lockTimeout(), listener::waiting);
    }

    /** Opens the connection; a failure here is the url's or the server's, and says so. */
    private RunConnection connect() {
        try {
            return dialect.connect(opener, waitSpec());
        } catch (SQLException e) {
            String message = RevisionRunner.firstLine(e.getMessage());
            throw new RetortException(RetortException.Kind.FAILED,
                    message.startsWith("cannot connect") ? message : "cannot connect: " + message,
                    "check the database url and that the database is reachable", e);
        }
    }

    /** A database error after connecting: the url is fine, the database said no. */
    private static RetortException failure(String what, SQLException e) {
        return new RetortException(RetortException.Kind.FAILED, what + ": " + RevisionRunner.firstLine(e.getMessage()),
                "the database reported this error; fix its cause (--debug shows the details) and run again", e);
    }
}
