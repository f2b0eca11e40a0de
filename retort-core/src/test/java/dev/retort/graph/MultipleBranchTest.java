package dev.retort.graph;

import static dev.retort.graph.Graphs.iterate;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.rev;
import static dev.retort.graph.Graphs.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Alembic's MultipleBranchTest and MultipleBranchEffectiveHead. */
class MultipleBranchTest {
    /**
     * a forks into b1 and b2; cb1 forks into two heads; cb2 into three, two of which merge
     * again in d1d2cb2.
     */
    private final RevisionMap map = map(
            rev("a"),
            rev("b1", "a"),
            rev("b2", "a"),
            rev("cb1", "b1"),
            rev("cb2", "b2"),
            rev("d1cb1", "cb1"),
            rev("d2cb1", "cb1"),
            rev("d1cb2", "cb2"),
            rev("d2cb2", "cb2"),
            rev("d3cb2", "cb2"),
            rev("d1d2cb2", "d1cb2", "d2cb2"));

    @Test
    void fromAMergePointBothParentsComeBeforeTheirFork() {
        assertThat(iterate(map, "d1d2cb2", "a").ids()).containsExactly("d1d2cb2", "d1cb2", "d2cb2", "cb2", "b2", "a");
    }

    @Test
    void twoHeadsOfOneForkMeetAtTheFork() {
        assertThat(iterate(map, tuple("d2cb2", "d3cb2"), "a").ids())
                .containsExactly("d2cb2", "d3cb2", "cb2", "b2", "a");
    }

    @Test
    void singleBranchDownToTheRoot() {
        assertThat(iterate(map, "d3cb2", "a").ids()).containsExactly("d3cb2", "cb2", "b2", "a");
        assertThat(iterate(map, "d3cb2", "base").ids()).containsExactly("d3cb2", "cb2", "b2", "a");
    }

    @Test
    void twoBranchesDownToBaseFinishTheFirstHeadsLineBeforeTheShared() {
        assertThat(iterate(map, tuple("d3cb2", "cb1"), "base").ids())
                .containsExactly("cb1", "b1", "d3cb2", "cb2", "b2", "a");
    }

    @Test
    void headsThatDoNotDescendFromTheLowerEndAreLeftOut() {
        // d1cb1 is not above b2
        assertThat(iterate(map, tuple("d1cb1", "d2cb2", "d3cb2"), "b2").ids())
                .containsExactly("d2cb2", "d3cb2", "cb2", "b2");
    }

    @Test
    void lowerEndAboveTheUpperEndIsAnError() {
        assertThatThrownBy(() -> iterate(map, "b1", "d1cb1").exclusive().ids())
                .isInstanceOf(GraphException.Range.class)
                .hasMessage("Revision d1cb1 is not an ancestor of revision b1");
    }

    @Test
    void lowerEndOnAnotherBranchIsAnError() {
        assertThatThrownBy(() -> iterate(map, "d2cb2", "b1").exclusive().ids())
                .isInstanceOf(GraphException.Range.class)
                .hasMessage("Revision b1 is not an ancestor of revision d2cb2");
    }

    @Test
    void upperEndOfNothingIsBaseAndAnErrorAboveARevision() {
        // Alembic issue #258: must raise, not walk nothing
        assertThatThrownBy(() -> iterate(map, (String) null, "d1cb1").exclusive().ids())
                .isInstanceOf(GraphException.Range.class)
                .hasMessage("Revision d1cb1 is not an ancestor of revision base");
        assertThatThrownBy(() -> iterate(map, tuple(), "d1cb1").exclusive().ids())
                .isInstanceOf(GraphException.Range.class)
                .hasMessage("Revision d1cb1 is not an ancestor of revision base");
    }

    /**
     * Alembic's MultipleBranchEffectiveHead: y2 revises y1 and depends on x1, so a database at
     * y2 is effectively also at x1, and "x@-1" can be reached from y2 alone.
     */
    @Nested
    class EffectiveHead {
        private final RevisionMap map = map(
                rev("y1").withLabels("y"),
                rev("x1").withLabels("x"),
                rev("y2", "y1").withDependsOn("x1"),
                rev("x2", "x1"));

        @Test
        void downgradeOneStepOnXFromBothHeadsDropsOnlyX2() {
            assertThat(iterate(map, tuple("x2", "y2"), "x@-1").exclusive().selectForDowngrade().ids())
                    .containsExactly("x2");
        }

        @Test
        void downgradeOneStepOnXFromX1DropsX1AndWhatDependsOnIt() {
            assertThat(iterate(map, tuple("x1", "y2"), "x@-1").exclusive().selectForDowngrade().ids())
                    .containsExactly("y2", "x1");
        }

        @Test
        void x1IsFoundAsTheCurrentRevisionOfXBelowY2() {
            assertThat(iterate(map, "y2", "x@-1").exclusive().selectForDowngrade().ids()).containsExactly("y2", "x1");
        }
    }
}
