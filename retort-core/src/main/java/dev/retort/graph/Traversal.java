package dev.retort.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Walks over the nodes of one map: ancestors, descendants and Alembic's topological order. */
final class Traversal {
    private final Map<String, Node> byId;

    Traversal(Map<String, Node> byId) {
        this.byId = byId;
    }

    /** The targets and everything below them (through revises, and depends_on when asked). */
    Set<Node> ancestors(Collection<Node> targets, boolean withDependencies, boolean check) {
        return related(targets, withDependencies ? Node::normalizedDown : n -> n.down, check);
    }

    /** The targets and everything above them (through revises, and depends_on when asked). */
    Set<Node> descendants(Collection<Node> targets, boolean withDependencies, boolean check) {
        return related(targets, withDependencies ? n -> n.allNext : n -> n.next, check);
    }

    /**
     * Collects everything reachable from the targets. With {@code check}, a target reachable
     * from another target is an error, as in Alembic ("upgrade a b" where a is below b).
     */
    private Set<Node> related(Collection<Node> targets, Function<Node, Collection<String>> edges, boolean check) {
        Set<Node> seen = new LinkedHashSet<>();
        Set<Node> targetSet = check ? new HashSet<>(targets) : Set.of();
        Deque<Node> todo = new ArrayDeque<>();
        for (Node target : targets) {
            todo.push(target);
            Set<Node> perTarget = check ? new HashSet<>() : null;
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (check) {
                    perTarget.add(n);
                }
                if (!seen.add(n)) {
                    continue;
                }
                for (String id : edges.apply(n)) {
                    todo.push(byId.get(id));
                }
            }
            if (check) {
                List<String> overlaps = new ArrayList<>();
                for (Node n : perTarget) {
                    if (n != target && targetSet.contains(n)) {
                        overlaps.add(n.id);
                    }
                }
                if (!overlaps.isEmpty()) {
                    throw new GraphException.Range(
                            "Requested revision " + target.id + " overlaps with other requested revisions "
                                    + String.join(", ", overlaps),
                            "name only the newest of revisions on one line");
                }
            }
        }
        return seen;
    }

    /**
     * Alembic's order: newest first, finishing one branch before the next, never emitting a
     * revision while a remaining head still needs it below. {@code heads} are where the walk
     * starts; ties follow the order the revisions were loaded in.
     */
    List<Node> topologicalSort(Collection<Node> revisions, Collection<Node> heads) {
        Set<Node> todo = new HashSet<>(revisions);
        List<Node> current = new ArrayList<>();
        for (Node h : new LinkedHashSet<>(heads)) {
            if (h != null && todo.contains(h)) {
                current.add(h);
            }
        }
        current.sort(Comparator.comparingInt(n -> n.index));
        List<Set<Node>> ancestorsOf = new ArrayList<>();
        for (Node h : current) {
            ancestorsOf.add(ancestors(List.of(h), true, false));
        }
        List<Node> output = new ArrayList<>(todo.size());
        int idx = 0;
        while (!current.isEmpty()) {
            Node candidate = current.get(idx);
            int blockedBy = -1;
            for (int i = 0; i < ancestorsOf.size(); i++) {
                if (i != idx && ancestorsOf.get(i).contains(candidate)) {
                    blockedBy = i;
                    break;
                }
            }
            if (blockedBy >= 0) {
                // another head still needs this revision below it: walk that head first
                idx = blockedBy;
                continue;
            }
            if (todo.remove(candidate)) {
                output.add(candidate);
            }
            List<Node> toAdd = new ArrayList<>();
            for (String id : candidate.normalizedDown()) {
                Node parent = byId.get(id);
                if (todo.contains(parent) && !current.contains(parent)) {
                    toAdd.add(parent);
                }
            }
            if (toAdd.isEmpty()) {
                current.remove(idx);
                ancestorsOf.remove(idx);
                idx = Math.max(idx - 1, 0);
            } else if (candidate.normalizedDeps.isEmpty() && candidate.down.size() == 1) {
                // plain step down a line: the ancestor set only loses the revision just emitted
                current.set(idx, toAdd.get(0));
                ancestorsOf.get(idx).remove(candidate);
            } else {
                current.set(idx, toAdd.get(0));
                ancestorsOf.set(idx, ancestors(List.of(toAdd.get(0)), true, false));
                for (Node extra : toAdd.subList(1, toAdd.size())) {
                    current.add(extra);
                    ancestorsOf.add(ancestors(List.of(extra), true, false));
                }
            }
        }
        if (!todo.isEmpty()) {
            throw new IllegalStateException("topological sort left revisions behind: " + todo);
        }
        return output;
    }
}
