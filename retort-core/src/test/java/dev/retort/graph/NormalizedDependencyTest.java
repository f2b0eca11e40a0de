package dev.retort.graph;

import static dev.retort.graph.Graphs.iterate;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.node;
import static dev.retort.graph.Graphs.rev;
import static dev.retort.graph.Graphs.tuple;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Alembic's NormalizedDownRevTest: a dependency that an ancestor already has is no edge of its
 * own, and a dependency on the revision's own parent adds nothing.
 */
class NormalizedDependencyTest {
    /** a1 ← a2 ← a3 and b1 ← b2 (on a3) ← b3 ← b4 (on a3 again) ← b5 (on its parent b4). */
    private final RevisionMap map = map(
            rev("a1"),
            rev("a2", "a1"),
            rev("a3", "a2"),
            rev("b1"),
            rev("b2", "b1").withDependsOn("a3"),
            rev("b3", "b2"),
            rev("b4", "b3").withDependsOn("a3"),
            rev("b5", "b4").withDependsOn("b4"));

    @Test
    void dependencyAlreadyHeldByAnAncestorIsDropped() {
        assertThat(node(map, "b4").allDown()).containsExactly("b3", "a3");
        // b2, an ancestor, already depends on a3
        assertThat(node(map, "b4").normalizedDown()).containsExactly("b3");
    }

    @Test
    void dependencyOnTheParentIsTheParentOnce() {
        assertThat(node(map, "b5").allDown()).containsExactly("b4");
        assertThat(node(map, "b5").normalizedDown()).containsExactly("b4");
    }

    @Test
    void downgradeOfOneBranchToItsBase() {
        assertThat(iterate(map, "b4", "b1@base").selectForDowngrade().ids()).containsExactly("b4", "b3", "b2", "b1");
    }

    @Test
    void downgradeOfEverything() {
        assertThat(iterate(map, "heads", "base").selectForDowngrade().ids())
                .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1");
    }

    @Test
    void downgradeToA2TakesDownWhatDependsOnA3() {
        assertThat(iterate(map, "heads", "a2").selectForDowngrade().ids())
                .containsExactly("b5", "b4", "b3", "b2", "a3", "a2");
    }

    @Test
    void downgradeToA2WithImplicitBaseWindsTheOtherBranchToBaseToo() {
        assertThat(iterate(map, "heads", "a2").selectForDowngrade().withImplicitBase().ids())
                .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2");
    }

    @Test
    void upgradeFromB1WithImplicitBaseBringsTheDependencyLine() {
        assertThat(iterate(map, "b5", tuple("b1")).withImplicitBase().ids())
                .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1");
    }

    @Test
    void upgradeFromB1WithImplicitBaseBringsDependenciesOfDependencies() {
        RevisionMap deeper = map(
                rev("c1"),
                rev("a1"),
                rev("a2", "a1").withDependsOn("c1"),
                rev("a3", "a2").withDependsOn("c1"),
                rev("b1"),
                rev("b2", "b1").withDependsOn("a3"),
                rev("b3", "b2"),
                rev("b4", "b3").withDependsOn("a3"),
                rev("b5", "b4"));
        assertThat(iterate(deeper, "b5", tuple("b1")).withImplicitBase().ids())
                .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1", "c1");
    }
}
