package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.Remedy;
import dev.retort.doctor.ScriptFile;
import dev.retort.report.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Several revisions revise nothing. Roots with branch labels of their own are deliberate
 * independent branches; only roots that share a label set are reported together, and roots that
 * a merge revision has joined count as one.
 */
public final class MultipleRootsCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("multiple-roots");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        Map<String, List<ScriptFile>> groups = new LinkedHashMap<>();
        Map<String, Integer> components = null;
        Set<String> joined = new HashSet<>();
        for (ScriptFile r : a.roots()) {
            String key = r.revision().branchLabels().stream().sorted().collect(Collectors.joining(","));
            if (components == null) {
                components = a.components();
            }
            // Roots that a merge already joins are one history (Alembic walks it to one head):
            // only the first root of each connected part counts.
            if (!joined.add(key + "|" + components.get(r.id()))) {
                continue;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Diagnosis> out = new ArrayList<>();
        for (List<ScriptFile> roots : groups.values()) {
            if (roots.size() > 1) {
                out.add(diagnose(a, roots));
            }
        }
        return out;
    }

    private Diagnosis diagnose(Analysis a, List<ScriptFile> group) {
        List<ScriptFile> roots = new ArrayList<>(group);
        roots.sort(Analysis.AGE);
        List<ScriptFile> applied = roots.stream().filter(r -> a.request.isApplied(r.id())).toList();
        String names = a.describeAll(roots.stream().map(ScriptFile::id).toList());
        String why = "each root starts a chain of its own, so `upgrade head` meets several heads"
                + " and a new database gets the chains in no defined order";
        if (applied.size() > 1) {
            String which = applied.stream().map(ScriptFile::id).collect(Collectors.joining(", "));
            return Diagnosis.of(finding("multiple-roots", Severity.ERROR, roots.get(1), "revises",
                    roots.size() + " revisions revise nothing: " + names, why,
                    "none automatic: " + a.request.database() + " has applied several of them (" + which
                            + "), and their parents cannot change under it; write a merge revision instead"));
        }
        if (applied.size() == 1) {
            roots.remove(applied.get(0));
            roots.add(0, applied.get(0));
        }
        List<Remedy.Action> actions = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        // Chaining adds edges; later roots must see them, or two roots that meet in a merge
        // could each be placed after the other's subtree: a loop.
        Map<String, List<String>> planned = new HashMap<>();
        Set<String> chained = descendants(a, roots.get(0).id(), planned);
        List<String> currentTips = tips(a, chained, Set.of(), planned);
        for (ScriptFile r : roots.subList(1, roots.size())) {
            Set<String> own = descendants(a, r.id(), planned);
            // Separate chains (the usual case) just queue up: no need to search the whole chain again.
            boolean disjoint = own.stream().noneMatch(chained::contains);
            List<String> tips = disjoint ? currentTips : tips(a, chained, own, planned);
            for (String t : tips) {
                planned.computeIfAbsent(t, k -> new ArrayList<>()).add(r.id());
            }
            actions.add(new Remedy.SetParents(r.path(), tips));
            if (steps.size() < 10) {
                steps.add("'" + r.id() + "' after " + String.join(", ", tips.stream().map(t -> "'" + t + "'").toList()));
            }
            chained.addAll(own);
            currentTips = disjoint ? tips(a, own, Set.of(), planned) : tips(a, chained, Set.of(), planned);
        }
        if (roots.size() > 11) {
            steps.add("and so on");
        }
        return new Diagnosis(finding("multiple-roots", Severity.ERROR, roots.get(1), "revises",
                roots.size() + " revisions revise nothing: " + names, why,
                "chain them in create-date order: " + String.join("; ", steps)),
                Remedy.reshape(actions));
    }

    private static Set<String> descendants(Analysis a, String from, Map<String, List<String>> planned) {
        Set<String> seen = new HashSet<>(List.of(from));
        Deque<String> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (String c : children(a, id, planned)) {
                if (seen.add(c)) {
                    queue.add(c);
                }
            }
        }
        return seen;
    }

    private static List<String> children(Analysis a, String id, Map<String, List<String>> planned) {
        List<String> extra = planned.get(id);
        if (extra == null) {
            return a.children(id);
        }
        List<String> all = new ArrayList<>(a.children(id));
        all.addAll(extra);
        return all;
    }

    /**
     * The revisions of the chain so far that nothing revises yet (counting planned edges),
     * leaving out the next root's own subtree, which they must not come after.
     */
    private static List<String> tips(Analysis a, Set<String> chained, Set<String> own, Map<String, List<String>> planned) {
        List<ScriptFile> tips = new ArrayList<>();
        for (String id : chained) {
            if (own.contains(id)) {
                continue;
            }
            boolean tip = children(a, id, planned).stream().noneMatch(c -> chained.contains(c) && !own.contains(c));
            if (tip) {
                tips.add(a.byId.get(id));
            }
        }
        tips.sort(Analysis.AGE.thenComparing(ScriptFile::id, Comparator.naturalOrder()));
        return tips.stream().map(ScriptFile::id).toList();
    }
}
