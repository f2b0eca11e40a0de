package dev.retort.graph;

import static dev.retort.graph.Graphs.ids;
import static dev.retort.graph.Graphs.iterate;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.rev;
import static dev.retort.graph.Graphs.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.script.RevisionHeader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Alembic's APITest (tests/test_revision.py): heads, "head", "heads" and "base" on a line and
 * on a fork. Alembic's add_revision grows a map in place; Retort's map is immutable, so those
 * cases build the grown graph afresh and expect the same heads.
 */
class RevisionMapApiTest {
    private static final List<RevisionHeader> LINE = List.of(rev("a"), rev("b", "a"), rev("c", "b"));
    private static final List<RevisionHeader> FORK = List.of(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"));

    @Test
    void addingARevisionOnTheHeadMovesTheHead() {
        assertThat(RevisionMap.of(LINE).heads()).containsExactly("c");
        assertThat(RevisionMap.of(Graphs.with(LINE, rev("d", "c"))).heads()).containsExactly("d");
    }

    @Test
    void addingARevisionOnOneOfTwoHeadsReplacesThatHead() {
        assertThat(RevisionMap.of(FORK).heads()).containsExactly("c1", "c2");
        assertThat(RevisionMap.of(Graphs.with(FORK, rev("d1", "c1"))).heads()).containsExactly("c2", "d1");
    }

    @Test
    void headIsTheOnlyHead() {
        assertThat(RevisionMap.of(LINE).resolveOne("head").id()).isEqualTo("c");
    }

    @Test
    void baseResolvesToNothing() {
        assertThat(RevisionMap.of(LINE).resolveOne("base")).isNull();
        assertThat(RevisionMap.of(LINE).resolve("base")).isEmpty();
    }

    @Test
    void headIsAnErrorWhenThereAreTwoHeads() {
        RevisionMap map = RevisionMap.of(FORK);
        assertThatThrownBy(() -> map.resolveOne("head"))
                .isInstanceOf(GraphException.MultipleHeads.class)
                .hasMessageContaining("Multiple heads are present");
        assertThatThrownBy(() -> map.resolve("head"))
                .isInstanceOf(GraphException.MultipleHeads.class)
                .hasMessageContaining("Multiple heads are present");
    }

    @Test
    void headsAsASingleRevisionIsAnErrorWhenThereAreTwoHeads() {
        assertThatThrownBy(() -> RevisionMap.of(FORK).resolveOne("heads"))
                .isInstanceOf(GraphException.MultipleHeads.class)
                .hasMessageContaining("Multiple heads are present");
    }

    @Test
    void headsListsEveryHead() {
        assertThat(ids(RevisionMap.of(FORK).resolve("heads"))).containsExactly("c1", "c2");
    }

    @Test
    void baseIsNothingEvenWithTwoRoots() {
        RevisionMap map = map(rev("a"), rev("b", "a"), rev("c"), rev("d", "c"));
        assertThat(map.resolveOne("base")).isNull();
    }

    @Test
    void aTargetNamedTwiceIsWalkedOnce() {
        RevisionMap map = RevisionMap.of(LINE);
        // exclusive: the lower end "a" itself is not part of the walk
        assertThat(iterate(map, tuple("c", "c"), "a").exclusive().ids()).containsExactly("c", "b");
    }
}
