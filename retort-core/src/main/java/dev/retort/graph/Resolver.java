package dev.retort.graph;

import dev.retort.script.RevisionHeader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns identifiers into nodes with Alembic's rules (get_revisions, get_revision, branch
 * lineage, relative walks). Results may hold {@link #base} (walked down past a root) or null
 * (walked past the end), as Alembic's do; callers decide what those mean.
 */
final class Resolver {
    /** The "base" position below every root. Never part of the map. */
    final Node base = new Node(RevisionHeader.of("base"), -1);

    private final RevisionMap map;

    Resolver(RevisionMap map) {
        this.map = map;
    }

    /** An identifier split into revision ids and an optional branch label. */
    record Number(List<String> ids, String label) {}

    Number number(String id) {
        String label = null;
        if (id != null && id.indexOf('@') >= 0) {
            int at = id.indexOf('@');
            label = id.substring(0, at);
            id = id.substring(at + 1);
            if (label.isEmpty()) {
                label = null;
            }
        }
        if ("heads".equals(id)) {
            return label != null
                    ? new Number(idsOf(filterForLineage(nodesOf(map.headIds()), label, false)), label)
                    : new Number(map.realHeadIds(), null);
        }
        if ("head".equals(id)) {
            String head = currentHead(label);
            return new Number(head == null ? List.of() : List.of(head), label);
        }
        if (id == null || "base".equals(id)) {
            return new Number(List.of(), label);
        }
        return new Number(List.of(id), label);
    }

    /** The single head, optionally of one branch; several are an error naming them. */
    String currentHead(String label) {
        List<String> heads = map.headIds();
        if (label != null) {
            heads = idsOf(filterForLineage(nodesOf(heads), label, false));
        }
        if (heads.size() > 1) {
            String asked = label != null ? label + "@head" : "head";
            throw new GraphException.MultipleHeads(
                    "Multiple heads are present for '" + asked + "' (" + String.join(", ", heads) + ")",
                    "name one, use 'label@head', or 'heads' for all; 'retort merge heads -m MSG' joins them");
        }
        return heads.isEmpty() ? null : heads.get(0);
    }

    /** Alembic's get_revisions over several identifiers. */
    List<Node> revisions(Collection<String> ids) {
        List<Node> out = new ArrayList<>();
        for (String id : ids) {
            out.addAll(revisions(id));
        }
        return out;
    }

    List<Node> revisions(String id) {
        Number n = number(id);
        if (n.ids().size() == 1) {
            Integer steps = parseInt(n.ids().get(0));
            if (steps != null && steps < 0) {
                List<Node> heads = revisions(map.realHeadIds());
                List<Node> out = new ArrayList<>();
                for (Node head : heads) {
                    if (n.label() == null || head.labels.contains(n.label())) {
                        out.add(walk(head, steps, null, true));
                    }
                }
                return out;
            }
        }
        List<Node> out = new ArrayList<>(n.ids().size());
        for (String rid : n.ids()) {
            out.add(forIdent(rid, n.label()));
        }
        return out;
    }

    /** Alembic's get_revision: one node, null for base; several ids are a MultipleHeads error. */
    Node revision(String id) {
        Number n = number(id);
        if (n.ids().size() > 1) {
            throw new GraphException.MultipleHeads(
                    "Multiple heads are present for '" + id + "' (" + String.join(", ", n.ids()) + ")",
                    "name one of them, or use 'heads' where several are allowed");
        }
        return forIdent(n.ids().isEmpty() ? null : n.ids().get(0), n.label());
    }

    Node resolveBranch(String label) {
        Node n = map.byKey().get(label);
        if (n != null) {
            return n;
        }
        try {
            return forIdent(label, null);
        } catch (GraphException.Resolution e) {
            throw new GraphException.Resolution("No such branch: '" + label + "'",
                    "'retort branches' and 'retort heads -v' show the branch labels");
        }
    }

    /** Exact id or label, else a unique prefix (of keys longer than three characters). */
    Node forIdent(String rid, String checkBranch) {
        Node branch = checkBranch != null ? resolveBranch(checkBranch) : null;
        if (rid == null) {
            return null;
        }
        Node rev = map.byKey().get(rid);
        if (rev == null) {
            List<String> candidates = new ArrayList<>();
            for (String key : map.byKey().keySet()) {
                if (key.length() > 3 && key.startsWith(rid)) {
                    candidates.add(key);
                }
            }
            if (branch != null) {
                List<String> kept = new ArrayList<>();
                for (String c : candidates) {
                    if (sharesLineage(map.byKey().get(c), List.of(branch), false)) {
                        kept.add(c);
                    }
                }
                candidates = kept;
            }
            if (candidates.isEmpty()) {
                throw new GraphException.Resolution("No such revision or branch '" + rid + "'",
                        rid.length() < 4
                                ? "a partial id needs at least four characters; 'retort history' lists the revisions"
                                : "'retort history' lists the revisions and 'retort branches' the labels");
            }
            if (candidates.size() > 1) {
                List<String> shown = candidates.subList(0, Math.min(3, candidates.size()));
                throw new GraphException.Resolution(
                        "Multiple revisions start with '" + rid + "': '" + String.join("', '", shown) + "'"
                                + (candidates.size() > 3 ? ", ..." : ""),
                        "type more characters of the id");
            }
            rev = map.byKey().get(candidates.get(0));
        }
        if (branch != null && !sharesLineage(rev, List.of(branch), false)) {
            throw new GraphException.Resolution("Revision " + rev.id + " is not a member of branch '" + checkBranch + "'",
                    "'" + checkBranch + "@head' names the branch's head");
        }
        return rev;
    }

    /** Keeps the targets that lie on a line (above or below) with what {@code checkAgainst} names. */
    List<Node> filterForLineage(Collection<Node> targets, String checkAgainst, boolean withDependencies) {
        Number n = number(checkAgainst);
        List<Node> shares = new ArrayList<>();
        if (n.label() != null) {
            shares.add(forIdent(n.label(), null));
        }
        for (String id : n.ids()) {
            shares.add(forIdent(id, null));
        }
        List<Node> out = new ArrayList<>();
        for (Node t : targets) {
            if (sharesLineage(t, shares, withDependencies)) {
                out.add(t);
            }
        }
        return out;
    }

    boolean sharesLineage(Node target, List<Node> against, boolean withDependencies) {
        if (against.isEmpty()) {
            return true;
        }
        Traversal t = map.traversal();
        Set<Node> line = t.descendants(List.of(target), withDependencies, false);
        line.addAll(t.ancestors(List.of(target), withDependencies, false));
        for (Node a : against) {
            if (line.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Steps up (positive) or down (negative) from {@code start}; null start means below the
     * roots going up, or above the heads going down. Returns {@link #base} below the roots, and
     * null when the walk runs out and {@code noOverwalk} is set.
     */
    Node walk(Node start, int steps, String label, boolean noOverwalk) {
        Node at = start;
        for (int i = 0; i < Math.abs(steps); i++) {
            List<Node> children;
            if (steps > 0) {
                List<Node> up = at == null ? revisions(map.baseIds()) : revisions(List.copyOf(at.next));
                children = label != null ? filterForLineage(up, label, false) : up;
            } else if (at == base) {
                children = List.of();
            } else {
                children = at == null ? revisions(map.headIds()) : revisions(at.down);
                if (children.isEmpty()) {
                    children = List.of(base);
                }
            }
            if (children.isEmpty()) {
                return noOverwalk ? null : at;
            }
            if (children.size() > 1) {
                throw new GraphException.Range("Ambiguous walk from " + (at == null ? "the ends of the graph" : at.id)
                        + ": " + String.join(", ", idsOf(children)),
                        "the graph branches or merges there; name the revision or use 'label@' to pick a branch");
            }
            at = children.get(0);
        }
        return at;
    }

    List<Node> nodesOf(Collection<String> ids) {
        List<Node> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(map.node(id));
        }
        return out;
    }

    static List<String> idsOf(Collection<Node> nodes) {
        List<String> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            out.add(n == null ? "None" : n.id);
        }
        return out;
    }

    /** Python's int() for the forms revision identifiers use: optional sign, then digits. */
    static Integer parseInt(String s) {
        String t = s.strip();
        int start = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
        if (t.length() == start || t.length() > 10) {
            return null;
        }
        for (int i = start; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return null;
            }
        }
        long v = Long.parseLong(t);
        return Math.abs(v) > Integer.MAX_VALUE ? null : (int) v; // no graph is deeper than an int
    }

    Map<String, Node> keys() {
        return map.byKey();
    }
}
