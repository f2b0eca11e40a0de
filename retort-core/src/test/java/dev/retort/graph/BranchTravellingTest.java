package dev.retort.graph;

import static dev.retort.graph.Graphs.iterate;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.rev;
import static dev.retort.graph.Graphs.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Alembic's BranchTravellingTest: walks go depth-first along a branch, but every branch is
 * finished at its branch point before anything below that point is listed.
 */
class BranchTravellingTest {
    /**
     * a1 ← a2 ← a3, which forks into b1 ← cb1 ← db1 and b2 ← cb2 ← db2; db1 forks into
     * e1b1 ← fe1b1 and e2b1; "merge" joins e2b1 and e2b2 (← db2).
     */
    private final RevisionMap map = map(
            rev("a1"),
            rev("a2", "a1"),
            rev("a3", "a2"),
            rev("b1", "a3"),
            rev("b2", "a3"),
            rev("cb1", "b1"),
            rev("cb2", "b2"),
            rev("db1", "cb1"),
            rev("db2", "cb2"),
            rev("e1b1", "db1"),
            rev("fe1b1", "e1b1"),
            rev("e2b1", "db1"),
            rev("e2b2", "db2"),
            rev("merge", "e2b1", "e2b2"));

    @Test
    void withImplicitBaseAMergeBringsInEveryBranchThatFeedsIt() {
        assertThat(iterate(map, "merge", "db1").withImplicitBase().ids())
                .containsExactly("merge", "e2b1", "db1", "e2b2", "db2", "cb2", "b2");
    }

    @Test
    void threeBranchesEndInOne() {
        assertThat(iterate(map, tuple("merge", "fe1b1"), "a3").ids()).containsExactly(
                "fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3");
    }

    @Test
    void twoBranchesStopAtTheirCommonBranchPointThenGoToTheRoot() {
        // a3 is where both branches end; db1 is no stop, only one walk passes it
        assertThat(iterate(map, "merge", "a1").ids()).containsExactly(
                "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1");
    }

    @Test
    void lowerEndOnOneBranchKeepsOnlyThatBranch() {
        assertThat(iterate(map, "merge", "b1").ids()).containsExactly("merge", "e2b1", "db1", "cb1", "b1");
    }

    @Test
    void lowerEndBelowTheBranchPoint() {
        assertThat(iterate(map, "merge", "a2").ids()).containsExactly(
                "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2");
    }

    @Test
    void threeBranchesToTheRootStopAtBothBranchPoints() {
        assertThat(iterate(map, tuple("merge", "fe1b1"), "a1").ids()).containsExactly(
                "fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1");
    }

    @Test
    void threeBranchesDownToTwoLowerEnds() {
        assertThat(iterate(map, tuple("merge", "fe1b1"), tuple("cb1", "cb2")).ids())
                .containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "e2b2", "db2", "cb2");
    }

    @Test
    void threeBranchesDownToTwoLowerEndsExclusive() {
        assertThat(iterate(map, tuple("merge", "fe1b1"), tuple("cb1", "cb2")).exclusive().ids())
                .containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "e2b2", "db2");
    }

    @Test
    void upperEndsOnOneLineAreAnError() {
        // db1 lies below fe1b1
        assertThatThrownBy(() -> iterate(map, tuple("db1", "b2", "fe1b1"), tuple()).exclusive().ids())
                .isInstanceOf(GraphException.Range.class)
                .hasMessageStartingWith("Requested revision fe1b1 overlaps with other requested revisions");
    }

    @Test
    void threeUpperEndsDownToNothing() {
        assertThat(iterate(map, tuple("e2b1", "b2", "fe1b1"), tuple()).exclusive().ids())
                .containsExactly("b2", "fe1b1", "e1b1", "e2b1", "db1", "cb1", "b1", "a3", "a2", "a1");
    }

    @Test
    void downToSymbolicBase() {
        assertThat(iterate(map, tuple("fe1b1"), "base").exclusive().ids())
                .containsExactly("fe1b1", "e1b1", "db1", "cb1", "b1", "a3", "a2", "a1");
    }

    @Test
    void closureOfTheMergeIsEverythingBelowIt() {
        assertThat(map.closure("merge")).containsExactlyInAnyOrder(
                "a1", "e2b2", "e2b1", "cb2", "merge", "a3", "a2", "b1", "b2", "db1", "db2", "cb1");
        assertThat(Graphs.nodeIds(map.traversal().ancestors(List.of(map.node("merge")), true, true)))
                .containsExactlyInAnyOrder(
                        "a1", "e2b2", "e2b1", "cb2", "merge", "a3", "a2", "b1", "b2", "db1", "db2", "cb1");
    }
}
