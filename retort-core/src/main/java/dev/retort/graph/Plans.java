package dev.retort.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Which revisions an upgrade, downgrade or history walk covers, from a target and the current
 * position, with Alembic's rules for relative and labelled targets (its
 * _collect_upgrade_revisions / _collect_downgrade_revisions).
 */
final class Plans {
    private final RevisionMap map;
    private final Resolver resolver;
    private final Traversal walk;

    Plans(RevisionMap map, Resolver resolver, Traversal walk) {
        this.map = map;
        this.resolver = resolver;
        this.walk = walk;
    }

    /** The revisions to visit and the heads a topological walk over them starts from. */
    record Collected(Set<Node> needs, List<Node> targets) {}

    /** A downgrade destination: the branch it is restricted to, and the revision (or base). */
    private record Destination(String label, Node node) {}

    /**
     * {@code upper} and {@code lower} stand for Alembic's identifier or tuple: a one-element list
     * is a plain identifier (relative and labelled forms apply), an empty list is None.
     */
    Collected collectUpgrade(List<String> upper, List<String> lower, boolean inclusive, boolean implicitBase,
            boolean assertLength) {
        List<Node> targets = upper.size() == 1
                ? parseUpgradeTarget(lower, upper.get(0), assertLength)
                : resolver.revisions(upper);
        for (Node t : targets) {
            if (t == null || t == resolver.base) {
                throw new GraphException.Range("Relative revision " + String.join(",", upper) + " leaves the graph",
                        "use a smaller step; retort history shows how deep the graph is");
            }
        }
        if (lower.size() == 1 && lower.get(0).indexOf('@') >= 0) {
            String branch = lower.get(0).substring(0, lower.get(0).indexOf('@'));
            Node branchRev = resolver.revision(branch);
            if (branchRev != null && branchRev.id.equals(branch)) {
                if (branchRev.labels.size() != 1) {
                    throw new GraphException.Range("Revision " + branch + " used as a branch carries "
                            + branchRev.labels.size() + " labels", "name the branch label instead");
                }
                branch = branchRev.labels.iterator().next();
            }
            List<Node> onBranch = new ArrayList<>();
            for (Node t : targets) {
                if (t.labels.contains(branch)) {
                    onBranch.add(t);
                }
            }
            targets = onBranch;
        }
        Set<Node> required = walk.ancestors(targets, true, true);
        required.addAll(targets);
        List<Node> current = resolver.revisions(lower);
        if (!implicitBase) {
            for (Node c : current) {
                if (c != null && !required.contains(c)) {
                    throw new GraphException.Range(
                            "Revision " + orBase(lower) + " is not an ancestor of revision " + orBase(upper),
                            "the lower end of a range must lie below the upper end");
                }
            }
        }
        List<String> lowerIds = lower;
        if (!current.isEmpty() && current.get(0) == null) {
            // a relative lower end that walked out of the graph: take it relative to the upper end
            Destination d = parseDowngradeTarget(upper, lower.get(0), assertLength);
            if (d.node() == null || d.node() == resolver.base) {
                current = List.of();
                lowerIds = List.of();
            } else {
                current = List.of(d.node());
                lowerIds = List.of(d.node().id);
            }
        }
        List<Node> present = current.stream().filter(c -> c != null && c != resolver.base).toList();
        Set<Node> below = walk.ancestors(present, true, true);
        Set<Node> needs = new LinkedHashSet<>(required);
        needs.removeAll(below);
        if (inclusive) {
            for (Node n : resolver.revisions(lowerIds)) {
                if (n != null && n != resolver.base) {
                    needs.add(n);
                }
            }
        }
        if (!present.isEmpty() && !implicitBase) {
            needs.retainAll(walk.descendants(present, false, true));
        }
        return new Collected(needs, targets);
    }

    Collected collectDowngrade(List<String> upper, String target, boolean inclusive, boolean implicitBase,
            boolean assertLength) {
        Destination d = parseDowngradeTarget(upper, target, assertLength);
        Node targetNode = d.node() == resolver.base ? null : d.node();
        List<Node> roots;
        if (targetNode == null) {
            roots = new ArrayList<>();
            for (Node n : map.nodes()) {
                if (n.isBase()) {
                    roots.add(n);
                }
            }
        } else if (inclusive) {
            roots = List.of(targetNode);
        } else {
            roots = resolver.revisions(List.copyOf(targetNode.next));
        }
        if (d.label() != null && roots.size() > 1) {
            Set<Node> ancestors = walk.ancestors(List.of(resolver.resolveBranch(d.label())), false, false);
            roots = roots.stream().filter(ancestors::contains).toList();
            if (roots.isEmpty()) {
                throw new GraphException.Range("Not a valid downgrade target from current heads",
                        "'retort current' shows where the database is");
            }
        }
        List<Node> heads = resolver.revisions(upper);
        Set<Node> drop = walk.descendants(roots, true, false);
        Set<Node> active = walk.ancestors(heads, true, false);
        drop.retainAll(active);
        if (implicitBase) {
            // wind the other branches back to base too
            active.removeAll(walk.ancestors(roots, true, false));
            drop.addAll(active);
        }
        if (targetNode != null && drop.isEmpty() && !heads.contains(targetNode)) {
            throw new GraphException.Range("Revision " + targetNode.id + " is not below the current revisions ("
                    + String.join(", ", upper) + "): nothing to drop",
                    "'retort current' shows where the database is; downgrade goes to a revision below it");
        }
        return new Collected(drop, heads);
    }

    private List<Node> parseUpgradeTarget(List<String> current, String target, boolean assertLength) {
        Matcher m = RevisionMap.relative(target);
        if (m == null) {
            return resolver.revisions(target);
        }
        String label = m.group(1);
        String symbol = m.group(2);
        int relative = steps(m.group(3));
        if (relative > 0) {
            if (symbol == null) {
                List<Node> start = resolver.revisions(current);
                if (start.isEmpty()) {
                    start = nullList();
                }
                if (label != null) {
                    start = resolver.filterForLineage(resolver.revisions(current), label, false);
                    if (start.isEmpty()) {
                        // the branch is not current: start from the tip of what is applied on it
                        Set<Node> active = new LinkedHashSet<>(resolver.filterForLineage(
                                walk.ancestors(resolver.revisions(current), true, false), label, false));
                        Set<Node> tips = new LinkedHashSet<>(active);
                        for (Node a : active) {
                            for (String down : a.normalizedDown()) {
                                tips.remove(map.node(down));
                            }
                        }
                        start = tips.isEmpty() ? nullList() : List.copyOf(tips);
                    }
                }
                if (start.size() > 1) {
                    throw new GraphException.Range("Ambiguous upgrade from multiple current revisions",
                            "name the target, or use 'label@+N' to pick a branch");
                }
                Node rev = resolver.walk(start.get(0), relative, label, assertLength);
                if (rev == null) {
                    throw didNotProduce(m.group(3), relative);
                }
                return List.of(rev);
            }
            return single(resolver.walk(resolver.revision(symbol), relative, label, assertLength));
        }
        if (symbol == null) {
            if (relative < 0) {
                throw new GraphException.Range("upgrade takes +N (steps up from the current revision): "
                        + m.group(3) + " would go down", "to go down " + -relative + (relative == -1 ? " step" : " steps")
                        + ", run 'retort downgrade " + m.group(3) + "'");
            }
            throw didNotProduce(m.group(3), relative);
        }
        Node start = label == null ? resolver.revision(symbol) : resolver.revision(label + "@" + symbol);
        return single(resolver.walk(start, relative, null, assertLength));
    }

    private Destination parseDowngradeTarget(List<String> current, String target, boolean assertLength) {
        if (target == null) {
            return new Destination(null, null);
        }
        Matcher m = RevisionMap.relative(target);
        if (m != null) {
            String label = m.group(1);
            String symbol = m.group(2);
            int relative = steps(m.group(3));
            if (relative >= 0) {
                if (symbol == null) {
                    throw didNotProduce(m.group(3), relative);
                }
                Node rev = resolver.walk(resolver.revision(symbol), relative, label, assertLength);
                if (rev == null) {
                    throw walkedTooFar(target);
                }
                return new Destination(label, rev);
            }
            boolean fromCurrent = symbol == null;
            if (fromCurrent) {
                if (label != null) {
                    List<Node> onBranch = resolver.filterForLineage(resolver.nodesOf(current), label, false);
                    if (onBranch.isEmpty()) {
                        onBranch = resolver.filterForLineage(allCurrent(current), label, false);
                    }
                    if (onBranch.size() != 1) {
                        throw new GraphException.Range("'" + target + "' is ambiguous: branch " + label + " has "
                                + onBranch.size() + " current revisions", "name the revision to go down to");
                    }
                    symbol = onBranch.get(0).id;
                } else {
                    if (current.isEmpty()) {
                        throw didNotProduce(m.group(3), relative);
                    }
                    symbol = current.get(0);
                    label = symbol;
                }
            }
            Node start = label == null ? resolver.revision(symbol) : resolver.revision(label + "@" + symbol);
            Node rev = resolver.walk(start, relative, null, assertLength);
            if (rev == null) {
                throw fromCurrent ? didNotProduce(m.group(3), relative) : walkedTooFar(target);
            }
            return new Destination(label, rev);
        }
        int at = target.lastIndexOf('@');
        String label = at > 0 ? target.substring(0, at) : null;
        return new Destination(label, resolver.revision(target.substring(at + 1)));
    }

    /** The current revisions and their ancestors, reduced to those with no descendant among them. */
    private List<Node> allCurrent(List<String> ids) {
        Set<Node> top = new LinkedHashSet<>(resolver.revisions(ids));
        top.addAll(walk.ancestors(List.copyOf(top), true, false));
        List<Node> tips = new ArrayList<>();
        for (Node n : top) {
            Set<Node> above = walk.descendants(List.of(n), false, false);
            above.remove(n);
            above.retainAll(top);
            if (above.isEmpty()) {
                tips.add(n);
            }
        }
        return tips;
    }

    private static String orBase(List<String> ids) {
        return ids.isEmpty() ? "base" : String.join(",", ids);
    }

    private static List<Node> nullList() {
        List<Node> l = new ArrayList<>(1);
        l.add(null);
        return l;
    }

    private List<Node> single(Node n) {
        if (n == null) {
            throw new GraphException.Range("Relative revision walks past the end of the graph",
                    "use a smaller step; retort history shows how deep the graph is");
        }
        List<Node> l = new ArrayList<>(1);
        l.add(n);
        return l;
    }

    /** The N of a relative "+N"/"-N", refused when it does not fit an int (no graph is that deep). */
    static int steps(String signed) {
        try {
            long n = Long.parseLong(signed.startsWith("+") ? signed.substring(1) : signed);
            // a range test, not Math.abs: the negation of Long.MIN_VALUE overflows to itself, and
            // -2^31 is out too, since its negation overflows an int
            if (n >= -Integer.MAX_VALUE && n <= Integer.MAX_VALUE) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // more digits than a long holds
        }
        throw new GraphException.Range("Relative revision " + signed + " is too large: at most "
                + Integer.MAX_VALUE + " steps either way",
                "count the steps with 'retort history', or name the revision ('retort upgrade head')");
    }

    private static GraphException didNotProduce(String relative, int steps) {
        return new GraphException.Range(
                "Relative revision " + relative + " didn't produce " + Math.abs(steps) + " migrations",
                "'retort current' shows where the database is and 'retort history' what lies around it");
    }

    private static GraphException walkedTooFar(String target) {
        return new GraphException.Range("Walked too far: '" + target + "' leaves the graph",
                "use a smaller step; retort history shows how deep the graph is");
    }
}
