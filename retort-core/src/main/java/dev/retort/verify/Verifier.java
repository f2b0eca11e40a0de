package dev.retort.verify;

import dev.retort.dialect.registry.Dialects;
import dev.retort.RetortException;
import dev.retort.config.Secrets;
import dev.retort.dialect.ScratchSpace;
import dev.retort.engine.JdbcConnector;
import dev.retort.graph.RevisionMap;
import dev.retort.script.RevisionHeader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code retort verify} (DESIGN §9): on a scratch database, for every revision in upgrade order,
 * upgrade it, downgrade it and require the schema it found, upgrade it again and require the
 * schema of the first upgrade; with data hooks, require the check rows to survive; finally
 * compare the head with the model. Stops at the first failure, which names the revision, the
 * step and the difference.
 */
public final class Verifier {
    /** Runs revisions on the scratch database, through the engine and its version table. */
    public interface Runner {
        void upgrade(List<RevisionHeader> plan);

        void downgrade(RevisionHeader revision);
    }

    /** Reads the scratch database's schema, the version tables left out. */
    public interface Snapshots {
        Snapshot take();
    }

    /** The differences between the model and the schema at head (empty when they match). */
    public interface ModelCheck {
        List<String> differences();
    }

    private final ScratchSpace scratch;
    private final Runner runner;
    private final Snapshots snapshots;
    private final ModelCheck model;
    private final Consumer<VerifyReport.Passed> progress;

    /**
     * The database verify may change at will: a fresh {@link ScratchSpace} beside {@code url} (on
     * its server; {@code url} empty: a temporary SQLite file), dropped on close whatever happened.
     */
    public static ScratchSpace scratchBeside(String url, String user, String password) {
        return Dialects.scratchBeside(url, u -> JdbcConnector.opener(u, user, password));
    }

    /** A database the user named (--url): used as it is, not dropped (downgraded to base instead). */
    public static ScratchSpace givenDatabase(String url, String user, String password) {
        return ScratchSpace.given(Dialects.fromUrl(url), url, u -> JdbcConnector.opener(u, user, password),
                "database " + Secrets.maskUrl(url));
    }

    /** {@code model} null: no model is configured; {@code progress} hears of each revision that passed. */
    public Verifier(ScratchSpace scratch, Runner runner, Snapshots snapshots, ModelCheck model,
            Consumer<VerifyReport.Passed> progress) {
        this.scratch = scratch;
        this.runner = runner;
        this.snapshots = snapshots;
        this.model = model;
        this.progress = progress == null ? p -> {} : progress;
    }

    /** {@code from}: the first revision to walk (null: the first one); {@code data}: the hooks folder or null. */
    public VerifyReport verify(RevisionMap map, String from, Path data) {
        long start = System.nanoTime();
        List<VerifyReport.Passed> passed = new ArrayList<>();
        VerifyReport.Failure failure = walk(map, from, new DataHooks(data, scratch.dialect().syntax()), passed);
        Boolean modelMatches = null;
        if (failure == null && model != null) {
            List<String> differences = model.differences();
            modelMatches = differences.isEmpty();
            if (!differences.isEmpty()) {
                failure = new VerifyReport.Failure(null, null, VerifyReport.Step.MODEL,
                        "the schema at head differs from the model", differences);
            }
        }
        return new VerifyReport(scratch.fate(), passed, failure, modelMatches, Duration.ofNanos(System.nanoTime() - start));
    }

    private VerifyReport.Failure walk(RevisionMap map, String from, DataHooks hooks, List<VerifyReport.Passed> passed) {
        List<String> heads = map.heads();
        if (heads.size() != 1) {
            return new VerifyReport.Failure(null, null, VerifyReport.Step.GRAPH, heads.isEmpty() ? "there are no revisions"
                    : "verify needs exactly one head; there are " + heads.size() + ": " + String.join(", ", heads)
                            + " (write a merge revision with 'retort merge heads')", List.of());
        }
        List<RevisionHeader> order = map.upgradePlan(Set.of(), "head");
        List<RevisionHeader> walk = order;
        if (from != null && !from.isBlank()) {
            RevisionHeader first = map.resolveOne(from);
            List<RevisionHeader> before = first == null ? List.of()
                    : map.upgradePlan(Set.of(), first.id()).stream().filter(r -> !r.id().equals(first.id())).toList();
            walk = order.stream().filter(r -> !before.contains(r)).toList();
            try {
                runner.upgrade(before);
            } catch (RetortException e) {
                return new VerifyReport.Failure(null, null, VerifyReport.Step.START, e.getMessage(), List.of());
            }
        }
        for (RevisionHeader r : walk) {
            long start = System.nanoTime();
            VerifyReport.Failure f = roundTrip(r, hooks);
            if (f != null) {
                return f;
            }
            VerifyReport.Passed p = new VerifyReport.Passed(r.id(), file(r), r.message(), Duration.ofNanos(System.nanoTime() - start));
            passed.add(p);
            progress.accept(p);
        }
        return null;
    }

    private VerifyReport.Failure roundTrip(RevisionHeader r, DataHooks hooks) {
        VerifyReport.Step step = VerifyReport.Step.SEED;
        try {
            hooks.seed(r.id(), scratch.opener());
            Snapshot before = snapshots.take();
            Optional<List<String>> rowsBefore = hooks.check(r.id(), scratch.opener());
            step = VerifyReport.Step.UPGRADE;
            runner.upgrade(List.of(r));
            Snapshot after = snapshots.take();
            step = VerifyReport.Step.DOWNGRADE;
            runner.downgrade(r);
            List<String> diff = snapshots.take().diff(before);
            if (!diff.isEmpty()) {
                return failure(r, step, "after the downgrade the schema differs from before the upgrade", diff);
            }
            step = VerifyReport.Step.DATA;
            if (rowsBefore.isPresent()) {
                List<String> rowsAfter = hooks.check(r.id(), scratch.opener()).orElseThrow();
                if (!rowsAfter.equals(rowsBefore.get())) {
                    return failure(r, step, "after the upgrade and downgrade the rows of " + r.id() + ".check.sql differ",
                            rowDiff(rowsBefore.get(), rowsAfter));
                }
            }
            step = VerifyReport.Step.REUPGRADE;
            runner.upgrade(List.of(r));
            diff = snapshots.take().diff(after);
            if (!diff.isEmpty()) {
                return failure(r, step, "the second upgrade left a different schema than the first", diff);
            }
            return null;
        } catch (RetortException e) {
            return failure(r, step, e.getMessage(), List.of());
        } catch (SQLException e) {
            return failure(r, step, e.getMessage(), List.of());
        }
    }

    private static List<String> rowDiff(List<String> expected, List<String> found) {
        List<String> out = new ArrayList<>();
        List<String> extra = new ArrayList<>(found);
        for (String row : expected) {
            if (!extra.remove(row)) {
                out.add("- " + row);
            }
        }
        extra.forEach(row -> out.add("+ " + row));
        return out;
    }

    private static VerifyReport.Failure failure(RevisionHeader r, VerifyReport.Step step, String message, List<String> diff) {
        return new VerifyReport.Failure(r.id(), file(r), step, message, diff);
    }

    private static String file(RevisionHeader r) {
        return r.source() == null ? null : r.source().path().toString();
    }
}
