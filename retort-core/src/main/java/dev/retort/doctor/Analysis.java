package dev.retort.doctor;

import dev.retort.script.RevisionHeader;
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
import java.util.TreeSet;

/**
 * The revision files indexed for the checks. Unlike the revision graph this tolerates anything:
 * missing parents, cycles, duplicate ids. Everything here is linear in the number of files.
 */
public final class Analysis {
    /** Oldest first by create date, then by file name. */
    public static final Comparator<ScriptFile> AGE = Comparator
            .comparing((ScriptFile f) -> f.revision().createDate())
            .thenComparing(f -> f.path().getFileName().toString());

    public final DoctorRequest request;
    public final List<ScriptFile> files;
    /** The readable files, each id once (the first file in path order wins). */
    public final List<ScriptFile> revisions = new ArrayList<>();
    public final Map<String, ScriptFile> byId = new HashMap<>();
    public final Map<String, List<ScriptFile>> definers = new LinkedHashMap<>();
    final Map<String, List<String>> children = new HashMap<>();
    public final Map<String, List<ScriptFile>> byStem = new HashMap<>();
    public final Map<String, List<ScriptFile>> byCopiedId = new HashMap<>();
    public final Map<String, List<ScriptFile>> byLabel = new LinkedHashMap<>();
    public final List<List<String>> cycles;
    /** Revisions that hang off a missing parent or a cycle: no root leads to them. */
    final Set<String> floating = new HashSet<>();
    /**
     * Every name an unreadable file might declare or build on (its quoted strings, its file
     * name): findings about others that such a file could explain are not made.
     */
    public final Set<String> hidden = new HashSet<>();
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("['\"]([^'\"\\s]{1,200})['\"]");

    public Analysis(List<ScriptFile> files, DoctorRequest request) {
        this.request = request;
        this.files = files;
        for (ScriptFile f : files) {
            if (!f.readable()) {
                hide(f);
                continue;
            }
            definers.computeIfAbsent(f.id(), k -> new ArrayList<>(1)).add(f);
            if (byId.putIfAbsent(f.id(), f) == null) {
                revisions.add(f);
            }
            byStem.computeIfAbsent(f.stem(), k -> new ArrayList<>(1)).add(f);
            String copy = f.text().copiedId();
            if (copy != null && !copy.equals(f.id())) {
                byCopiedId.computeIfAbsent(copy, k -> new ArrayList<>(1)).add(f);
            }
        }
        for (ScriptFile f : revisions) {
            for (String p : f.revision().revises()) {
                if (byId.containsKey(p)) {
                    children.computeIfAbsent(p, k -> new ArrayList<>(2)).add(f.id());
                }
            }
            for (String l : f.revision().branchLabels()) {
                byLabel.computeIfAbsent(l, k -> new ArrayList<>(1)).add(f);
            }
        }
        this.cycles = new Cycles(this).find();
        markFloating();
    }

    private void hide(ScriptFile f) {
        hidden.add(f.stem());
        int cut = f.stem().indexOf('_');
        if (cut > 0) {
            hidden.add(f.stem().substring(0, cut));
        }
        java.util.regex.Matcher m = QUOTED.matcher(f.content());
        while (m.find()) {
            hidden.add(m.group(1));
        }
    }

    private void markFloating() {
        Deque<String> queue = new ArrayDeque<>();
        for (ScriptFile f : revisions) {
            for (String p : f.revision().revises()) {
                if (!byId.containsKey(p) && floating.add(f.id())) {
                    queue.add(f.id());
                }
            }
        }
        for (List<String> loop : cycles) {
            for (String id : loop) {
                if (floating.add(id)) {
                    queue.add(id);
                }
            }
        }
        while (!queue.isEmpty()) {
            for (String c : children(queue.poll())) {
                if (floating.add(c)) {
                    queue.add(c);
                }
            }
        }
    }

    public List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    RevisionHeader revision(String id) {
        return byId.get(id).revision();
    }

    public List<String> existingParents(String id) {
        List<String> parents = revision(id).revises();
        for (String p : parents) {
            if (!byId.containsKey(p)) {
                List<String> out = new ArrayList<>(parents.size());
                for (String q : parents) {
                    if (byId.containsKey(q)) {
                        out.add(q);
                    }
                }
                return out;
            }
        }
        return parents;
    }

    /** Revisions that revise nothing. */
    public List<ScriptFile> roots() {
        List<ScriptFile> out = new ArrayList<>();
        for (ScriptFile f : revisions) {
            if (f.revision().revises().isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    /** Revisions nothing revises, leaving out those that no root leads to (missing parents explain them). */
    public List<ScriptFile> heads() {
        List<ScriptFile> out = new ArrayList<>();
        for (ScriptFile f : revisions) {
            // An unreadable file that names this revision probably builds on it.
            if (!children.containsKey(f.id()) && !floating.contains(f.id()) && !hidden.contains(f.id())) {
                out.add(f);
            }
        }
        return out;
    }

    /** {@code id} and everything it (transitively) revises. */
    public Set<String> ancestors(String id) {
        return walk(id, this::existingParents);
    }

    /** {@code id} and everything that (transitively) revises it. */
    Set<String> descendants(String id) {
        return walk(id, this::children);
    }

    private static Set<String> walk(String from, java.util.function.Function<String, List<String>> next) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        seen.add(from);
        queue.add(from);
        while (!queue.isEmpty()) {
            for (String n : next.apply(queue.poll())) {
                if (seen.add(n)) {
                    queue.add(n);
                }
            }
        }
        return seen;
    }

    /**
     * {@code heads} and everything they build on through revises and depends_on (a dependency
     * may name a branch label): what a database at those heads has applied. Unknown ids stay.
     */
    public Set<String> closure(java.util.Collection<String> heads) {
        Set<String> seen = new java.util.LinkedHashSet<>(heads);
        Deque<String> queue = new ArrayDeque<>(heads);
        while (!queue.isEmpty()) {
            ScriptFile f = byId.get(queue.poll());
            if (f == null) {
                continue;
            }
            List<String> next = new ArrayList<>(f.revision().revises());
            for (String d : f.revision().dependsOn()) {
                List<ScriptFile> labelled = byLabel.get(d);
                next.add(labelled != null && !byId.containsKey(d) ? labelled.get(0).id() : d);
            }
            for (String n : next) {
                if (byId.containsKey(n) && seen.add(n)) {
                    queue.add(n);
                }
            }
        }
        return seen;
    }

    /**
     * For each non-floating revision, the branch labels of it and its ancestors, as a sorted key.
     * Heads or roots with different keys are deliberate independent branches, not accidents.
     */
    public Map<String, String> labelKeys() {
        Map<String, Set<String>> sets = new HashMap<>();
        Map<String, Integer> pending = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (ScriptFile f : revisions) {
            if (floating.contains(f.id())) {
                continue;
            }
            int n = existingParents(f.id()).size();
            pending.put(f.id(), n);
            if (n == 0) {
                ready.add(f.id());
            }
        }
        Set<String> none = Set.of();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            Set<String> own = sets.getOrDefault(id, none);
            List<String> labels = revision(id).branchLabels();
            if (!labels.isEmpty()) {
                own = new TreeSet<>(own);
                own.addAll(labels);
            }
            sets.put(id, own);
            for (String c : children(id)) {
                Set<String> prev = sets.get(c);
                if (prev == null || prev.isEmpty()) {
                    sets.put(c, own);
                } else if (!own.isEmpty() && !prev.containsAll(own)) {
                    Set<String> merged = new TreeSet<>(prev);
                    merged.addAll(own);
                    sets.put(c, merged);
                }
                Integer left = pending.computeIfPresent(c, (k, v) -> v - 1);
                if (left != null && left == 0) {
                    ready.add(c);
                }
            }
        }
        Map<String, String> keys = new HashMap<>();
        sets.forEach((id, s) -> keys.put(id, String.join(",", s)));
        return keys;
    }

    /**
     * A component number per revision: revisions joined by revises edges share one. Heads in
     * different components come from different roots, which multiple-roots already explains.
     */
    public Map<String, Integer> components() {
        Map<String, Integer> index = new HashMap<>();
        for (ScriptFile f : revisions) {
            index.put(f.id(), index.size());
        }
        int[] parent = new int[index.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (ScriptFile f : revisions) {
            for (String p : existingParents(f.id())) {
                int x = find(parent, index.get(f.id()));
                int y = find(parent, index.get(p));
                parent[x] = y;
            }
        }
        Map<String, Integer> out = new HashMap<>();
        index.forEach((id, i) -> out.put(id, find(parent, i)));
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** How the parent list is called in this file's format, for messages. */
    public static String parentKey(ScriptFile f) {
        return switch (f.format()) {
            case ALEMBIC -> "down_revision";
            case SQL -> "the Revises: header";
            case JAVA -> "@Revision(revises)";
        };
    }

    /** "'a' (a.py), 'b' (b.py)", shortened after ten so a message stays readable. */
    public String describeAll(List<String> ids) {
        List<String> shown = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(10, ids.size()))) {
            shown.add(describe(id));
        }
        return String.join(", ", shown) + (ids.size() > 10 ? " and " + (ids.size() - 10) + " more" : "");
    }

    /** "id (file name)" for messages. */
    public String describe(String id) {
        ScriptFile f = byId.get(id);
        return f == null ? "'" + id + "'" : "'" + id + "' (" + f.path().getFileName() + ")";
    }
}
