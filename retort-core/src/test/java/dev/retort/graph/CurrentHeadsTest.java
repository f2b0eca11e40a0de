package dev.retort.graph;

import static dev.retort.graph.Graphs.ids;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The heads of a database, derived from its applied revisions, must be what Alembic 1.8.1's
 * version table holds after the same upgrades: a revision leaves the table once a revision that
 * depends on it is applied (checked with a real `alembic upgrade` on SQLite).
 */
class CurrentHeadsTest {
    /** y1 ← y2 and x1 ← x2, with y2 depending on x1. */
    private final RevisionMap map = map(
            rev("y1").withLabels("y"),
            rev("x1").withLabels("x"),
            rev("y2", "y1").withDependsOn("x1"),
            rev("x2", "x1"));

    @Test
    void aDependencyIsNoHeadOnceItsDependentIsApplied() {
        List<String> first = ids(map.upgradePlan(Set.of(), "y2"));
        assertThat(first).containsExactly("x1", "y1", "y2");
        Set<String> applied = new HashSet<>(first);
        assertThat(map.currentHeads(applied)).containsExactly("y2");

        // and "upgrade heads" from there works instead of refusing x1 and y2 as overlapping
        List<String> rest = ids(map.upgradePlan(applied, "heads"));
        assertThat(rest).containsExactly("x2");
        applied.addAll(rest);
        assertThat(map.currentHeads(applied)).containsExactly("y2", "x2");
    }

    @Test
    void downgradeOneStepOnABranchFromTheDerivedHeads() {
        Set<String> all = Set.of("y1", "x1", "y2", "x2");
        List<String> dropped = ids(map.downgradePlan(all, "x@-1"));
        assertThat(dropped).containsExactly("x2");
        Set<String> left = new HashSet<>(all);
        dropped.forEach(left::remove);
        assertThat(map.currentHeads(left)).containsExactly("y2");
    }

    @Test
    void aLabelDependencyCountsToo() {
        RevisionMap labelled = map(rev("aaab").withLabels("lab1"), rev("aaac").withDependsOn("lab0"),
                rev("aaaa").withLabels("lab0"));
        Set<String> applied = Set.of("aaaa", "aaac");
        assertThat(labelled.currentHeads(applied)).containsExactly("aaac");
        assertThat(ids(labelled.upgradePlan(applied, "heads"))).containsExactly("aaab");
    }

    /**
     * The engine's graph run once found "Requested revision d1 overlaps with other requested
     * revisions a1" here: with r0, a1 and d1 applied (d1 depends on a1), a1 is no head, and a
     * label target upgrades the rest of the labelled branch.
     */
    @Test
    void aLabelTargetAfterADependentIsApplied() {
        RevisionMap g = map(rev("r0"), rev("a1", "r0").withLabels("alpha"), rev("a2", "a1"),
                rev("b1", "r0").withLabels("beta"), rev("m", "a2", "b1"), rev("x1", "m"),
                rev("d1", "r0").withLabels("delta").withDependsOn("a1"));
        Set<String> applied = Set.of("r0", "a1", "d1");
        assertThat(g.currentHeads(applied)).containsExactly("d1");
        List<String> plan = ids(g.upgradePlan(applied, "beta@head"));
        assertThat(plan).containsExactlyInAnyOrder("a2", "b1", "m", "x1");
        assertThat(plan.indexOf("m")).isGreaterThan(plan.indexOf("a2")).isGreaterThan(plan.indexOf("b1"));
        assertThat(plan.get(3)).isEqualTo("x1");
    }
}
