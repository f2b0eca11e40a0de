package dev.retort.engine;

import dev.retort.RetortException;
import dev.retort.graph.RevisionMap;
import dev.retort.script.RevisionHeader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Connects the revision graph to the engine: planners that ask {@link RevisionMap} what to run
 * for an identifier (head, heads, base, labels, relative steps) given what the database holds,
 * and map each revision to its runnable script.
 */
public final class GraphPlans {
    private GraphPlans() {}

    /**
     * Makes runnable scripts of the revisions a plan needs, in plan order, all at once (so that
     * Java revisions compile in one batch).
     */
    @FunctionalInterface
    public interface Scripts {
        List<RevisionScript> of(List<RevisionHeader> plan);
    }

    /** Scripts from a map of every revision's script. */
    public static Scripts of(Map<String, RevisionScript> scripts) {
        return plan -> scripts(plan, scripts);
    }

    public static Migrator.Planner upgrade(RevisionMap map, Map<String, RevisionScript> scripts, String target) {
        return upgrade(map, of(scripts), target);
    }

    public static Migrator.Planner upgrade(RevisionMap map, Scripts scripts, String target) {
        return applied -> scripts.of(map.upgradePlan(known(map, applied), target));
    }

    public static Migrator.Planner downgrade(RevisionMap map, Map<String, RevisionScript> scripts, String target) {
        return downgrade(map, of(scripts), target);
    }

    public static Migrator.Planner downgrade(RevisionMap map, Scripts scripts, String target) {
        return applied -> scripts.of(map.downgradePlan(known(map, applied), target));
    }

    /**
     * {@code applied}, after refusing ids that no revision defines: planning without them would
     * take the database for older than it is (an upgrade would start again from base), as
     * Alembic's "Can't locate revision" prevents. {@code stamp --purge} plans from nothing and
     * is the way out when the database really is elsewhere.
     */
    static Set<String> known(RevisionMap map, Set<String> applied) {
        List<String> unknown = applied.stream().filter(id -> map.find(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            String ids = "'" + String.join("', '", unknown) + "'";
            boolean one = unknown.size() == 1;
            throw new RetortException(RetortException.Kind.FAILED, "Can't locate revision" + (one ? "" : "s")
                    + " identified by " + ids + ": the database has applied " + (one ? "it" : "them")
                    + ", but no revision file defines " + (one ? "it" : "them"),
                    "restore the missing file (from version control or the branch that wrote it), or, if the database "
                            + "really is at another revision, record that with 'retort stamp --purge REV'");
        }
        return applied;
    }

    /**
     * The plan of an offline {@code upgrade [from:]to --sql}: nothing is read from a database, so
     * the starting point is {@code from} and everything below it (null or "base": nothing).
     */
    public static List<RevisionScript> offlineUpgrade(RevisionMap map, Map<String, RevisionScript> scripts, String from,
            String to) {
        return offlineUpgrade(map, of(scripts), from, to);
    }

    public static List<RevisionScript> offlineUpgrade(RevisionMap map, Scripts scripts, String from, String to) {
        return scripts.of(map.upgradePlan(offlineApplied(map, from), to));
    }

    /** The plan of an offline {@code downgrade from:to --sql}; {@code from} is required. */
    public static List<RevisionScript> offlineDowngrade(RevisionMap map, Map<String, RevisionScript> scripts, String from,
            String to) {
        return offlineDowngrade(map, of(scripts), from, to);
    }

    public static List<RevisionScript> offlineDowngrade(RevisionMap map, Scripts scripts, String from, String to) {
        if (from == null || from.isBlank()) {
            throw RetortException.usage("downgrade --sql needs a starting revision",
                    "write the range as FROM:TO, e.g. 'retort downgrade head:base --sql'");
        }
        return scripts.of(map.downgradePlan(offlineApplied(map, from), to));
    }

    private static Set<String> offlineApplied(RevisionMap map, String from) {
        return from == null || from.isBlank() || from.equals("base") ? Set.of() : map.closure(from);
    }

    public static Migrator.ScriptLookup lookup(Map<String, RevisionScript> scripts) {
        return id -> Optional.ofNullable(scripts.get(id));
    }

    /**
     * Alembic's stamp: for each target in turn, the revisions an upgrade to it would apply are
     * recorded as stamped; if there are none, those a downgrade to it would revert are removed.
     */
    public static Migrator.StampPlanner stamp(RevisionMap map, Map<String, RevisionScript> scripts, List<String> targets) {
        return stamp(map, of(scripts), targets);
    }

    public static Migrator.StampPlanner stamp(RevisionMap map, Scripts scripts, List<String> targets) {
        return applied -> {
            Set<String> now = new LinkedHashSet<>(known(map, applied));
            List<RevisionScript> add = new ArrayList<>();
            List<String> remove = new ArrayList<>();
            for (String target : targets) {
                List<RevisionHeader> up = map.upgradePlan(now, target);
                if (!up.isEmpty()) {
                    for (RevisionScript s : scripts.of(up)) {
                        add.add(s);
                        now.add(s.id());
                        remove.remove(s.id());
                    }
                    continue;
                }
                for (RevisionHeader r : map.downgradePlan(now, target)) {
                    remove.add(r.id());
                    now.remove(r.id());
                    add.removeIf(s -> s.id().equals(r.id()));
                }
            }
            return new Migrator.StampPlan(add, remove);
        };
    }

    /** The error for a revision in a plan that has nothing to run (an Alembic file, or no file). */
    public static RetortException notRunnable(RevisionHeader r) {
        return RetortException.usage(r.where("revision") + ": revision " + r.id() + " has no script Retort can run",
                "only .sql and .java revisions run; Alembic (.py) revisions are read for the graph only");
    }

    private static List<RevisionScript> scripts(List<RevisionHeader> plan, Map<String, RevisionScript> scripts) {
        List<RevisionScript> out = new ArrayList<>(plan.size());
        for (RevisionHeader r : plan) {
            RevisionScript s = scripts.get(r.id());
            if (s == null) {
                throw notRunnable(r);
            }
            out.add(s);
        }
        return out;
    }
}
