package dev.retort.graph;

import static dev.retort.graph.Graphs.ids;
import static dev.retort.graph.Graphs.iterate;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Alembic's DiamondTest, EmptyMapTest and LongShortBranchTest: the order of simple walks. */
class SimpleIterationTest {

    @Test
    void diamondIsWalkedOneSideThenTheOtherThenTheFork() {
        RevisionMap map = map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"), rev("d", "c"));
        assertThat(iterate(map, "d", "a").ids()).containsExactly("d", "c", "b1", "b2", "a");
        assertThat(ids(map.history("a:d"))).containsExactly("d", "c", "b1", "b2", "a");
    }

    @Test
    void emptyMapWalksNothing() {
        // Alembic issue #258: head:base on an empty map is empty, not an error
        RevisionMap map = RevisionMap.of(List.of());
        assertThat(iterate(map, "head", "base").ids()).isEmpty();
        assertThat(map.history(null)).isEmpty();
        assertThat(map.heads()).isEmpty();
    }

    @Test
    void shortBranchComesFirstAndLongBranchEndsAtItsOwnForkBeforeTheRoot() {
        RevisionMap map = map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c1", "b1"), rev("d11", "c1"),
                rev("d12", "c1"));
        assertThat(iterate(map, "heads", "base").ids()).containsExactly("b2", "d11", "d12", "c1", "b1", "a");
        assertThat(ids(map.history(null))).containsExactly("b2", "d11", "d12", "c1", "b1", "a");
    }
}
