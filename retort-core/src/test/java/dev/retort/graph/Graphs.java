package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.script.RevisionHeader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Terse graphs and Alembic-style walks for the tests restated from Alembic's
 * tests/test_revision.py. {@code rev("c", "a", "b")} is revision c revising a and b.
 */
final class Graphs {
    private Graphs() {}

    static RevisionHeader rev(String id, String... revises) {
        return RevisionHeader.of(id, revises);
    }

    static RevisionMap map(RevisionHeader... revisions) {
        return RevisionMap.of(List.of(revisions));
    }

    /** Alembic's tuple argument: several identifiers, or none (None / ()). */
    static List<String> tuple(String... ids) {
        return List.of(ids);
    }

    static List<String> ids(Collection<RevisionHeader> revisions) {
        return revisions.stream().map(RevisionHeader::id).toList();
    }

    static List<String> nodeIds(Collection<Node> nodes) {
        return Resolver.idsOf(nodes);
    }

    static Node node(RevisionMap map, String id) {
        return map.node(id);
    }

    static Iteration iterate(RevisionMap map, String upper, String lower) {
        return iterate(map, single(upper), single(lower));
    }

    static Iteration iterate(RevisionMap map, List<String> upper, String lower) {
        return iterate(map, upper, single(lower));
    }

    static Iteration iterate(RevisionMap map, String upper, List<String> lower) {
        return iterate(map, single(upper), lower);
    }

    /**
     * iterate_revisions(upper, lower) with the defaults of Alembic's _assert_iteration helper:
     * inclusive, no implicit base, upgrade selection.
     */
    static Iteration iterate(RevisionMap map, List<String> upper, List<String> lower) {
        return new Iteration(map, upper, lower, true, false, false);
    }

    /** A plain identifier; null stands for Python's None. */
    private static List<String> single(String id) {
        return id == null ? List.of() : List.of(id);
    }

    /** One call of Alembic's iterate_revisions; {@link #ids()} runs it. */
    record Iteration(RevisionMap map, List<String> upper, List<String> lower, boolean inclusive,
            boolean implicitBase, boolean forDowngrade) {

        Iteration exclusive() {
            return new Iteration(map, upper, lower, false, implicitBase, forDowngrade);
        }

        Iteration withImplicitBase() {
            return new Iteration(map, upper, lower, inclusive, true, forDowngrade);
        }

        Iteration selectForDowngrade() {
            return new Iteration(map, upper, lower, inclusive, implicitBase, true);
        }

        /**
         * The revision ids, newest first. Like Alembic's helper, also checks that the order
         * respects every revises and (normalised) depends_on edge: no revision before its child.
         */
        List<String> ids() {
            List<Node> order = map.iterate(upper, lower, inclusive, implicitBase, forDowngrade);
            List<String> ids = nodeIds(order);
            for (int i = 0; i < order.size(); i++) {
                for (String parent : order.get(i).normalizedDown()) {
                    int at = ids.indexOf(parent);
                    assertThat(at < 0 || at > i)
                            .as("%s is listed before its child %s in %s", parent, ids.get(i), ids)
                            .isTrue();
                }
            }
            return ids;
        }
    }

    /** What an upgrade or downgrade did: the revisions run, in order, and the heads after. */
    record Moved(List<String> steps, Set<String> heads) {}

    /**
     * Alembic's _upgrade_revs(target, current) plus the heads its version table holds after:
     * Retort keeps every applied revision, so the database starts with everything below
     * {@code current} and ends with that plus the steps.
     */
    static Moved upgrade(RevisionMap map, String target, String... current) {
        List<String> steps = nodeIds(map.upgradeFrom(List.of(current), target));
        Set<String> applied = appliedBelow(map, current);
        applied.addAll(steps);
        return new Moved(steps, Set.copyOf(map.currentHeads(applied)));
    }

    /** Alembic's _upgrade_revs with a tuple of targets: several heads at once. */
    static Moved upgrade(RevisionMap map, List<String> targets, String... current) {
        List<String> steps = new ArrayList<>(nodeIds(map.iterate(targets, List.of(current), false, true, false)));
        Collections.reverse(steps);
        Set<String> applied = appliedBelow(map, current);
        applied.addAll(steps);
        return new Moved(steps, Set.copyOf(map.currentHeads(applied)));
    }

    /** Alembic's _downgrade_revs(target, current); a null target is None (base). */
    static Moved downgrade(RevisionMap map, String target, String... current) {
        List<String> steps = nodeIds(map.downgradeFrom(List.of(current), target));
        Set<String> applied = appliedBelow(map, current);
        steps.forEach(applied::remove);
        return new Moved(steps, Set.copyOf(map.currentHeads(applied)));
    }

    private static Set<String> appliedBelow(RevisionMap map, String... heads) {
        Set<String> applied = new HashSet<>();
        for (String head : heads) {
            applied.addAll(map.closure(head));
        }
        return applied;
    }

    /** Copies, for building variations of one graph. */
    static List<RevisionHeader> with(List<RevisionHeader> revisions, RevisionHeader... more) {
        List<RevisionHeader> all = new ArrayList<>(revisions);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
