package dev.retort.doctor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Several revisions revise nothing. Roots with branch labels of their own are deliberate
 * independent branches; only roots that share a label set are reported together.
 */
final class MultipleRootsCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("multiple-roots");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        Map<String, List<ScriptFile>> groups = new LinkedHashMap<>();
        for (ScriptFile r : a.roots()) {
            String key = r.revision().branchLabels().stream().sorted().collect(Collectors.joining(","));
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
        String names = roots.stream().map(r -> a.describe(r.id())).collect(Collectors.joining(", "));
        String why = "each root starts a chain of its own, so `upgrade head` meets several heads"
                + " and a new database gets the chains in no defined order";
        if (applied.size() > 1) {
            String which = applied.stream().map(ScriptFile::id).collect(Collectors.joining(", "));
            return Diagnosis.of(finding("multiple-roots", Severity.WARNING, roots.get(1), "revises",
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
        Set<String> chained = new HashSet<>(a.descendants(roots.get(0).id()));
        Set<String> planned = new HashSet<>();
        for (ScriptFile r : roots.subList(1, roots.size())) {
            Set<String> own = a.descendants(r.id());
            List<String> tips = tips(a, chained, own, planned);
            planned.addAll(tips);
            actions.add(new Remedy.SetParents(r.path(), tips));
            steps.add("'" + r.id() + "' after " + String.join(", ", tips.stream().map(t -> "'" + t + "'").toList()));
            chained.addAll(own);
        }
        return new Diagnosis(finding("multiple-roots", Severity.WARNING, roots.get(1), "revises",
                roots.size() + " revisions revise nothing: " + names, why,
                "chain them in create-date order: " + String.join("; ", steps)),
                Remedy.reshape(actions));
    }

    /**
     * The revisions of the chain so far that nothing revises yet (counting the roots already
     * planned onto them), leaving out the next root's own subtree.
     */
    private static List<String> tips(Analysis a, Set<String> chained, Set<String> own, Set<String> planned) {
        List<ScriptFile> tips = new ArrayList<>();
        for (String id : chained) {
            if (own.contains(id) || planned.contains(id)) {
                continue;
            }
            boolean tip = a.children(id).stream().noneMatch(c -> chained.contains(c) && !own.contains(c));
            if (tip) {
                tips.add(a.byId.get(id));
            }
        }
        tips.sort(Analysis.AGE.thenComparing(ScriptFile::id, Comparator.naturalOrder()));
        return tips.stream().map(ScriptFile::id).toList();
    }
}
