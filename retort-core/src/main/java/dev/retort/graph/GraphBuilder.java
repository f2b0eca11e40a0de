package dev.retort.graph;

import dev.retort.script.RevisionHeader;
import dev.retort.script.RevisionIds;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the nodes and edges of a {@link RevisionMap} and validates them, in the order Alembic
 * does: ids, branch labels, dependencies, edges, normalised dependencies, cycles, label
 * inheritance.
 */
record GraphBuilder(
        List<Node> nodes,
        Map<String, Node> byId,
        Map<String, Node> byKey,
        List<String> heads,
        List<String> realHeads,
        List<String> bases) {

    static GraphBuilder build(List<RevisionHeader> revisions) {
        List<Node> nodes = new ArrayList<>(revisions.size());
        Map<String, Node> byId = new LinkedHashMap<>(revisions.size() * 2);
        for (RevisionHeader r : revisions) {
            checkId(r);
            Node previous = byId.get(r.id());
            if (previous != null) {
                throw new GraphException.Structure(
                        "Revision " + r.id() + " is defined twice: " + previous.revision.where("revision")
                                + " and " + r.where("revision"),
                        "give one of them a new id (retort doctor names both files)");
            }
            Node n = new Node(r, nodes.size());
            nodes.add(n);
            byId.put(r.id(), n);
        }
        Map<String, Node> byKey = new LinkedHashMap<>(byId);
        for (Node n : nodes) {
            for (String label : n.revision.branchLabels()) {
                String bad = RevisionIds.misread(label, true);
                if (bad != null) {
                    throw new GraphException.Structure(n.revision.where("branch_labels") + ": " + bad,
                            "rename the label; 'retort doctor' lists every such label");
                }
                Node owner = byKey.get(label);
                if (owner != null) {
                    throw new GraphException.Structure(
                            "Branch name '" + label + "' in revision " + n.id + " already used by revision " + owner.id,
                            "branch labels must differ from each other and from revision ids; rename one in "
                                    + n.revision.where("branch_labels"));
                }
                byKey.put(label, n);
            }
        }
        for (Node n : nodes) {
            List<String> deps = new ArrayList<>();
            for (String dep : n.revision.dependsOn()) {
                Node target = byKey.get(dep);
                if (target == null) {
                    throw new GraphException.Structure(
                            "Revision " + n.id + " depends on '" + dep + "', which is no revision or branch label",
                            "fix depends_on in " + n.revision.where("depends_on") + " (retort doctor suggests the id)");
                }
                if (!deps.contains(target.id)) {
                    deps.add(target.id);
                }
            }
            n.deps = List.copyOf(deps);
        }
        Set<Node> notHeads = new HashSet<>();
        Set<Node> notRealHeads = new HashSet<>();
        for (Node n : nodes) {
            for (String parentId : n.allDown()) {
                Node parent = byId.get(parentId);
                if (parent == null) {
                    throw new GraphException.Structure(
                            "Revision " + n.id + " revises '" + parentId + "', which does not exist",
                            "run 'retort doctor' to find the revision meant (" + n.revision.where("revises") + ")");
                }
                parent.allNext.add(n.id);
                notRealHeads.add(parent);
                if (n.down.contains(parentId)) {
                    parent.next.add(n.id);
                    notHeads.add(parent);
                }
            }
        }
        normalizeDependencies(nodes, byId);
        List<String> heads = new ArrayList<>();
        List<String> realHeads = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        List<String> realBases = new ArrayList<>();
        for (Node n : nodes) {
            if (!notHeads.contains(n)) {
                heads.add(n.id);
            }
            if (!notRealHeads.contains(n)) {
                realHeads.add(n.id);
            }
            if (n.isBase()) {
                bases.add(n.id);
            }
            if (n.isRealBase()) {
                realBases.add(n.id);
            }
        }
        detectCycles(nodes, byId, heads, bases, false);
        detectCycles(nodes, byId, realHeads, realBases, true);
        Traversal walk = new Traversal(byId);
        for (Node n : nodes) {
            if (!n.revision.branchLabels().isEmpty()) {
                inheritLabels(n, walk, byId);
            }
        }
        return new GraphBuilder(List.copyOf(nodes), byId, byKey, List.copyOf(heads), List.copyOf(realHeads),
                List.copyOf(bases));
    }

    private static void checkId(RevisionHeader r) {
        String id = r.id();
        if (id == null || id.isEmpty()) {
            throw new GraphException.Structure("A revision has an empty id (" + r.where("revision") + ")",
                    "give it an id of letters, digits, '_' and '.'");
        }
        String misread = RevisionIds.misread(id, false);
        if (misread != null) {
            // refused rather than shadowed: 'head' would name this revision in some places and the newest in others
            throw new GraphException.Structure(r.where("revision") + ": " + misread,
                    "rename the revision (and the revises lines that name it); 'retort doctor' lists every such id");
        }
        if (r.revises().contains(id)) {
            throw new GraphException.Structure("Self-loop is detected in revisions (" + id + ")",
                    "revision " + id + " names itself as its parent in " + r.where("revises"));
        }
        if (r.dependsOn().contains(id)) {
            throw new GraphException.Structure("Dependency self-loop is detected in revisions (" + id + ")",
                    "revision " + id + " depends on itself in " + r.where("depends_on"));
        }
    }

    /** Drops each dependency that an ancestor (through revises) already depends on. */
    private static void normalizeDependencies(List<Node> nodes, Map<String, Node> byId) {
        Traversal walk = new Traversal(byId);
        for (Node n : nodes) {
            if (n.deps.isEmpty()) {
                continue;
            }
            Set<String> kept = new LinkedHashSet<>(n.deps);
            for (Node ancestor : walk.ancestors(List.of(n), false, false)) {
                if (ancestor != n) {
                    ancestor.deps.forEach(kept::remove);
                }
            }
            n.normalizedDeps = List.copyOf(kept);
        }
    }

    /**
     * Everything must lie between a head and a base; what does not lies on a cycle. Same rule and
     * same revisions named as Alembic, so the error lists the same ids.
     */
    private static void detectCycles(List<Node> nodes, Map<String, Node> byId, List<String> heads, List<String> bases,
            boolean withDependencies) {
        if (nodes.isEmpty()) {
            return;
        }
        String kind = withDependencies ? "Dependency cycle" : "Cycle";
        if (heads.isEmpty() || bases.isEmpty()) {
            throw cycle(kind, nodes.stream().map(n -> n.id).toList());
        }
        Set<Node> down = reach(ids(heads, byId), n -> withDependencies ? n.allDown() : n.down, byId);
        Set<Node> up = reach(ids(bases, byId), n -> withDependencies ? n.allNext : n.next, byId);
        TreeSet<String> outside = new TreeSet<>();
        for (Node n : nodes) {
            if (!down.contains(n) || !up.contains(n)) {
                outside.add(n.id);
            }
        }
        if (!outside.isEmpty()) {
            throw cycle(kind, List.copyOf(outside));
        }
    }

    private static GraphException cycle(String kind, List<String> ids) {
        return new GraphException.Structure(kind + " is detected in revisions (" + String.join(", ", ids) + ")",
                "a revision cannot be its own ancestor; 'retort doctor' shows the loop");
    }

    private static List<Node> ids(List<String> ids, Map<String, Node> byId) {
        return ids.stream().map(byId::get).toList();
    }

    private static Set<Node> reach(List<Node> start, java.util.function.Function<Node, Collection<String>> edges,
            Map<String, Node> byId) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (seen.add(n)) {
                for (String id : edges.apply(n)) {
                    todo.push(byId.get(id));
                }
            }
        }
        return seen;
    }

    /**
     * A label names a whole branch: every descendant of the labelled revision carries it, and so
     * do its ancestors down to the first branch point or merge, when the line above it is
     * unbranched. This is Alembic's rule, with its walk from the branch tip made deterministic.
     */
    private static void inheritLabels(Node labelled, Traversal walk, Map<String, Node> byId) {
        List<String> own = labelled.revision.branchLabels();
        Set<Node> descendants = walk.descendants(List.of(labelled), false, false);
        boolean chain = true;
        for (Node d : descendants) {
            d.labels.addAll(own);
            chain &= d.next.size() <= 1;
        }
        if (!chain) {
            return;
        }
        Node tip = labelled;
        while (!tip.next.isEmpty()) {
            tip = byId.get(tip.next.iterator().next());
        }
        Node parent = tip;
        while (parent != null && !parent.isRealBranchPoint() && !parent.isMergePoint()) {
            parent.labels.addAll(own);
            parent = parent.down.isEmpty() ? null : byId.get(parent.down.get(0));
        }
    }
}
