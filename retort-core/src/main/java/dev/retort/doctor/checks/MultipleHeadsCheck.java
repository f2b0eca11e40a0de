package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.Remedy;
import dev.retort.doctor.ScriptFile;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * More than one head grown from one root among revisions that share their branch labels
 * (usually: none). Heads that hang off a missing parent are left to missing-parent, and heads of
 * separate roots to multiple-roots, which explain them.
 */
public final class MultipleHeadsCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("multiple-heads");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<ScriptFile> heads = a.heads();
        if (heads.size() < 2) {
            return List.of();
        }
        Map<String, String> keys = a.labelKeys();
        Map<String, Integer> components = a.components();
        Map<String, List<ScriptFile>> groups = new LinkedHashMap<>();
        for (ScriptFile h : heads) {
            String key = components.get(h.id()) + "|" + keys.getOrDefault(h.id(), "");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
        }
        List<Diagnosis> out = new ArrayList<>();
        for (List<ScriptFile> group : groups.values()) {
            if (group.size() > 1) {
                out.add(diagnose(a, group));
            }
        }
        return out;
    }

    /** Applied revisions that are not ancestors of every head: on a branch, so its parents are fixed. */
    private static List<String> appliedOnBranches(Analysis a, List<ScriptFile> heads) {
        if (a.request.applied() == null || a.request.applied().isEmpty()) {
            return List.of();
        }
        List<Set<String>> ancestries = heads.stream().map(h -> a.ancestors(h.id())).toList();
        Set<String> divergent = new HashSet<>();
        ancestries.forEach(divergent::addAll);
        Set<String> common = new HashSet<>(ancestries.get(0));
        ancestries.forEach(common::retainAll);
        divergent.removeAll(common);
        return divergent.stream().filter(a.request::isApplied).sorted().toList();
    }

    private Diagnosis diagnose(Analysis a, List<ScriptFile> group) {
        List<ScriptFile> heads = new ArrayList<>(group);
        heads.sort(Analysis.AGE);
        String names = a.describeAll(heads.stream().map(ScriptFile::id).toList());
        String message = heads.size() + " heads: " + names;
        String why = "`upgrade head` cannot choose between them (Alembic: 'Multiple head revisions are present')";
        ScriptFile newest = heads.get(heads.size() - 1);
        List<String> appliedHere = appliedOnBranches(a, heads);
        if (!appliedHere.isEmpty()) {
            Remedy.CreateFile merge = MergeRevision.create(a, heads.stream().map(ScriptFile::id).toList());
            return new Diagnosis(finding("multiple-heads", Severity.ERROR, newest, "revision", message, why,
                    "write the merge revision " + merge.file().getFileName() + " (" + a.request.database()
                            + " has applied " + String.join(", ", appliedHere) + ", so no parent may change)"),
                    Remedy.reshape(List.of(merge)));
        }
        // Re-parent the newer branch onto the older head: the branch's first revisions get the older head as parent.
        ScriptFile older = heads.get(0);
        Set<String> olderLine = a.ancestors(older.id());
        Set<String> branch = a.ancestors(heads.get(1).id());
        branch.removeAll(olderLine);
        List<Remedy.Action> actions = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (ScriptFile f : a.revisions) {
            if (!branch.contains(f.id())) {
                continue;
            }
            List<String> parents = f.revision().revises();
            if (!parents.isEmpty() && parents.stream().allMatch(branch::contains)) {
                continue;
            }
            Set<String> next = new LinkedHashSet<>();
            for (String p : parents) {
                next.add(branch.contains(p) ? p : older.id());
            }
            next.add(older.id());
            actions.add(new Remedy.SetParents(f.path(), List.copyOf(next)));
            moved.add("'" + f.id() + "'");
        }
        String rest = heads.size() > 2 ? "; the other heads follow the same way" : "";
        String unapplied = a.request.applied() == null ? "no database was given to say either branch ran"
                : a.request.database() + " has applied neither branch";
        return new Diagnosis(finding("multiple-heads", Severity.ERROR, newest, "revision", message, why,
                "re-parent the newer branch onto the older head: " + String.join(", ", moved) + " will revise '"
                        + older.id() + "' (" + unapplied + rest + ")"),
                Remedy.reshape(actions));
    }
}
