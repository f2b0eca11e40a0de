package dev.retort.graph;

import static dev.retort.graph.Graphs.ids;
import static dev.retort.graph.Graphs.iterate;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.rev;
import static dev.retort.graph.Graphs.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Alembic's MultipleBaseTest: three roots, a fork on the first, a merge of the other two. */
class MultipleBaseTest {
    /**
     * base1 forks into a1a ← b1a and a1b ← b1b; base2 ← a2 ← b2 ← c2 ← d2 and base3 ← a3 ← b3
     * join in mergeb3d2.
     */
    private final RevisionMap map = map(
            rev("base1"),
            rev("base2"),
            rev("base3"),
            rev("a1a", "base1"),
            rev("a1b", "base1"),
            rev("a2", "base2"),
            rev("a3", "base3"),
            rev("b1a", "a1a"),
            rev("b1b", "a1b"),
            rev("b2", "a2"),
            rev("b3", "a3"),
            rev("c2", "b2"),
            rev("d2", "c2"),
            rev("mergeb3d2", "b3", "d2"));

    private static final List<String> ALL = List.of(
            "b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2", "c2", "b2", "a2", "base2");

    @Test
    void headsToBaseWalksEachRootsTreeInTurn() {
        assertThat(iterate(map, "heads", "base").ids()).isEqualTo(ALL);
        assertThat(iterate(map, "heads", "base").exclusive().ids()).isEqualTo(ALL);
        assertThat(iterate(map, "heads", (String) null).ids()).isEqualTo(ALL);
        assertThat(ids(map.history(null))).isEqualTo(ALL);
    }

    @Test
    void lowerEndsOnOneLineAreAnError() {
        assertThatThrownBy(() -> iterate(map, tuple("c2"), tuple("a2", "b2")).exclusive().ids())
                .isInstanceOf(GraphException.Range.class)
                .hasMessageContaining("overlaps with other requested revisions");
    }

    @Test
    void withImplicitBaseTheOtherRootsComeAlongExclusive() {
        assertThat(iterate(map, "heads", tuple("c2")).exclusive().withImplicitBase().ids()).containsExactly(
                "b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2");
    }

    @Test
    void withoutImplicitBaseOnlyWhatLiesAboveTheLowerEnd() {
        assertThat(iterate(map, "heads", tuple("c2")).exclusive().ids()).containsExactly("mergeb3d2", "d2");
    }

    @Test
    void withImplicitBaseTheOtherRootsComeAlongInclusive() {
        assertThat(iterate(map, "heads", tuple("c2")).withImplicitBase().ids()).containsExactly(
                "b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2", "c2");
    }

    @Test
    void onePathToItsOwnRoot() {
        assertThat(iterate(map, "b3", "base3").ids()).containsExactly("b3", "a3", "base3");
    }

    @Test
    void twoPathsWithImplicitBaseDownToOneRoot() {
        assertThat(iterate(map, tuple("b3", "b2"), "base3").exclusive().withImplicitBase().ids())
                .containsExactly("b2", "a2", "base2", "b3", "a3");
    }

    @Test
    void basesAndHeadsInLoadOrder() {
        assertThat(map.bases()).containsExactly("base1", "base2", "base3");
        assertThat(map.heads()).containsExactly("b1a", "b1b", "mergeb3d2");
    }
}
