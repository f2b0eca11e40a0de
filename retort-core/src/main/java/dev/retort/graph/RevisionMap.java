package dev.retort.graph;

import dev.retort.script.RevisionHeader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The revision graph, with Alembic's identifier and ordering semantics (checked against Alembic
 * 1.8 by a differential test). Built from revision records only: no files, no database.
 *
 * <p>Two kinds of edge exist. {@code revises} edges make branches and merges; {@code depends_on}
 * edges only order execution. "Heads" are revisions nothing revises; "real heads" also count
 * depends_on. The {@code heads} identifier means the real heads, as in Alembic.
 */
public final class RevisionMap {
    /**
     * Alembic's relative form "[label@][symbol]+N|-N"; matched at the start only, like re.match,
     * with Python's Unicode \w. The symbol may also hold '.', which Retort ids allow: Alembic
     * would take "v1.2+1" for an unknown id, Retort walks one up from v1.2.
     */
    private static final Pattern RELATIVE =
            Pattern.compile("(?:(.+?)@)?([\\w.]+)?([+-]\\d+)", Pattern.UNICODE_CHARACTER_CLASS);

    private final List<Node> nodes;
    private final Map<String, Node> byId;
    /** Ids and branch labels, as Alembic's _revision_map keys: both resolve exactly and by prefix. */
    private final Map<String, Node> byKey;
    private final List<String> heads;
    private final List<String> realHeads;
    private final List<String> bases;
    private final Traversal walk;
    private final Resolver resolver;

    private RevisionMap(List<RevisionHeader> revisions) {
        GraphBuilder built = GraphBuilder.build(revisions);
        this.nodes = built.nodes();
        this.byId = built.byId();
        this.byKey = built.byKey();
        this.heads = built.heads();
        this.realHeads = built.realHeads();
        this.bases = built.bases();
        this.walk = new Traversal(byId);
        this.resolver = new Resolver(this);
    }

    /**
     * Builds the map; throws {@link GraphException.Structure} for duplicate ids or labels, missing
     * parents or dependencies, and cycles.
     */
    public static RevisionMap of(List<RevisionHeader> revisions) {
        return new RevisionMap(revisions);
    }

    /** All revisions in the order they were given. */
    public List<RevisionHeader> revisions() {
        return nodes.stream().map(n -> n.revision).toList();
    }

    public int size() {
        return nodes.size();
    }

    public Optional<RevisionHeader> find(String id) {
        Node n = byId.get(id);
        return n == null ? Optional.empty() : Optional.of(n.revision);
    }

    /** Head ids (revisions nothing revises), in load order. */
    public List<String> heads() {
        return heads;
    }

    /** Heads counting depends_on edges too (a revision another depends on is no head). */
    public List<String> realHeads() {
        return realHeads;
    }

    /** Ids of revisions that revise nothing, in load order. */
    public List<String> bases() {
        return bases;
    }

    /** Ids of the revisions that name {@code id} in their revises list. */
    public List<String> children(String id) {
        return List.copyOf(node(id).next);
    }

    /** Branch labels of a revision: its own and those inherited along its branch. */
    public List<String> branchLabels(String id) {
        return List.copyOf(node(id).labels);
    }

    public boolean isHead(String id) {
        return node(id).next.isEmpty();
    }

    public boolean isBranchPoint(String id) {
        return node(id).isBranchPoint();
    }

    public boolean isMergePoint(String id) {
        return node(id).isMergePoint();
    }

    /** The revisions a database holds once it is at {@code identifier}: those and all their ancestors and dependencies. */
    public Set<String> closure(String identifier) {
        List<Node> targets = present(resolver.revisions(List.of(identifier)), identifier);
        Set<String> ids = new LinkedHashSet<>();
        for (Node n : walk.ancestors(targets, true, false)) {
            ids.add(n.id);
        }
        return ids;
    }

    /**
     * Alembic's get_revisions: "head", "heads", "base", ids, unique prefixes, labels, label@head,
     * rev@head, label@rev, "-N" and "label@-N". Base resolves to nothing.
     */
    public List<RevisionHeader> resolve(String identifier) {
        return present(resolver.revisions(List.of(identifier)), identifier).stream().map(n -> n.revision).toList();
    }

    /** Like {@link #resolve} but at most one revision: null for "base"; several heads are an error. */
    public RevisionHeader resolveOne(String identifier) {
        Node n = resolver.revision(identifier);
        return n == null || n == resolver.base ? null : n.revision;
    }

    /**
     * The revisions between two identifiers, newest first, as {@code alembic history -r}:
     * {@code range} is "lower:upper" with either side optional, or null for everything.
     */
    public List<RevisionHeader> history(String range) {
        String lower = "base";
        String upper = "heads";
        if (range != null) {
            String r = range.strip();
            int colon = r.indexOf(':');
            if (colon < 0 || r.indexOf(':', colon + 1) >= 0) {
                throw new GraphException.Range("History range '" + range + "' is not of the form [start]:[end]",
                        "use e.g. 'base:head', 'ae10:', ':heads' or '-3:'");
            }
            lower = r.substring(0, colon).isEmpty() ? "base" : r.substring(0, colon);
            upper = r.substring(colon + 1).isEmpty() ? "heads" : r.substring(colon + 1);
        }
        Plans.Collected c =
                new Plans(this, resolver, walk).collectUpgrade(List.of(upper), List.of(lower), true, false, false);
        try {
            return revisionsOf(walk.topologicalSort(c.needs(), c.targets()));
        } catch (IllegalStateException e) {
            // The lower end lies below the upper one only through depends_on, which the walk
            // from the upper end down its parents never reaches (Alembic fails with an AssertionError).
            throw new GraphException.Range("History range '" + lower + ":" + upper + "' cannot be walked: " + lower
                    + " lies below " + upper + " only through depends_on, and history follows down_revision",
                    "use 'retort history -r :" + upper + "' for everything " + upper + " needs, " + lower + " included");
        }
    }

    /** The revisions to apply, in order, to take a database with {@code applied} revisions to {@code target}. */
    public List<RevisionHeader> upgradePlan(Collection<String> applied, String target) {
        List<RevisionHeader> plan = new ArrayList<>();
        for (Node n : upgradeFrom(currentHeads(applied), target)) {
            if (!applied.contains(n.id)) {
                plan.add(n.revision);
            }
        }
        return plan;
    }

    /** The revisions to revert, in order, to take a database with {@code applied} revisions down to {@code target}. */
    public List<RevisionHeader> downgradePlan(Collection<String> applied, String target) {
        List<RevisionHeader> plan = new ArrayList<>();
        for (Node n : downgradeFrom(currentHeads(applied), target)) {
            if (applied.contains(n.id)) {
                plan.add(n.revision);
            }
        }
        return plan;
    }

    /** Alembic's upgrade order from the given current heads: oldest first. */
    List<Node> upgradeFrom(List<String> current, String target) {
        Plans.Collected c =
                new Plans(this, resolver, walk).collectUpgrade(List.of(target), current, false, true, true);
        List<Node> order = new ArrayList<>(walk.topologicalSort(c.needs(), c.targets()));
        Collections.reverse(order);
        return order;
    }

    /** Alembic's downgrade order from the given current heads: newest first. */
    List<Node> downgradeFrom(List<String> current, String target) {
        Plans.Collected c = new Plans(this, resolver, walk).collectDowngrade(current, target, false, false, true);
        return walk.topologicalSort(c.needs(), c.targets());
    }

    /**
     * Alembic's iterate_revisions(upper, lower, ...), newest first: what history, upgrade and
     * downgrade are made of. Lists stand for Alembic's identifier-or-tuple arguments (see
     * {@link Plans#collectUpgrade}); for a downgrade, {@code lower} is the target, empty for base.
     */
    List<Node> iterate(List<String> upper, List<String> lower, boolean inclusive, boolean implicitBase,
            boolean forDowngrade) {
        Plans plans = new Plans(this, resolver, walk);
        Plans.Collected c;
        if (forDowngrade) {
            if (lower.size() > 1) {
                throw new IllegalArgumentException("a downgrade has one target, not " + lower);
            }
            c = plans.collectDowngrade(upper, lower.isEmpty() ? null : lower.get(0), inclusive, implicitBase, true);
        } else {
            c = plans.collectUpgrade(upper, lower, inclusive, implicitBase, true);
        }
        return walk.topologicalSort(c.needs(), c.targets());
    }

    /**
     * The database's heads: applied revisions that no applied revision revises or depends on.
     * A dependency counts like a parent here because Alembic's version table drops a revision
     * once a revision that depends on it is applied; counting only revises would name a
     * revision together with its dependent, which every walk refuses as overlapping.
     */
    public List<String> currentHeads(Collection<String> applied) {
        Set<String> set = applied instanceof Set<String> s ? s : new HashSet<>(applied);
        List<String> result = new ArrayList<>();
        for (Node n : nodes) {
            if (set.contains(n.id) && n.allNext.stream().noneMatch(set::contains)) {
                result.add(n.id);
            }
        }
        return result;
    }

    // ---- package-private views for the resolver, planner and tests ----

    Node node(String id) {
        Node n = byId.get(id);
        if (n == null) {
            throw new GraphException.Resolution("No such revision '" + id + "'", "retort history lists the revisions");
        }
        return n;
    }

    Map<String, Node> byKey() {
        return byKey;
    }

    List<Node> nodes() {
        return nodes;
    }

    List<String> headIds() {
        return heads;
    }

    List<String> realHeadIds() {
        return realHeads;
    }

    List<String> baseIds() {
        return bases;
    }

    Resolver resolver() {
        return resolver;
    }

    Traversal traversal() {
        return walk;
    }

    static Matcher relative(String target) {
        Matcher m = RELATIVE.matcher(target);
        return m.lookingAt() ? m : null;
    }

    private List<Node> present(List<Node> resolved, String identifier) {
        List<Node> out = new ArrayList<>(resolved.size());
        for (Node n : resolved) {
            if (n == null) {
                throw new GraphException.Range("'" + identifier + "' walks past the end of the graph",
                        "use a smaller step; retort history shows how deep the graph is");
            }
            if (n != resolver.base) {
                out.add(n);
            }
        }
        return out;
    }

    private static List<RevisionHeader> revisionsOf(List<Node> order) {
        List<RevisionHeader> out = new ArrayList<>(order.size());
        for (Node n : order) {
            out.add(n.revision);
        }
        return out;
    }
}
