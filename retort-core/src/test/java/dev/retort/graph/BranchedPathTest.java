package dev.retort.graph;

import static dev.retort.graph.Graphs.downgrade;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.rev;
import static dev.retort.graph.Graphs.upgrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Alembic's BranchedPathTest and BranchedPathTestCrossDependencies (test_version_traversal.py):
 * a ← b, which forks into c1 ← d1 (c1branch) and c2 ← d2 (c2branch). Current heads are given
 * in order where Alembic's answer depends on it ("-1" from two heads walks the first).
 */
class BranchedPathTest {
    private final RevisionMap map = map(
            rev("a"),
            rev("b", "a"),
            rev("c1", "b").withLabels("c1branch"),
            rev("d1", "c1"),
            rev("c2", "b").withLabels("c2branch"),
            rev("d2", "c2"));

    @Test
    void upgradeOneBranch() {
        assertThat(upgrade(map, "d1", "b").steps()).containsExactly("c1", "d1");
        assertThat(upgrade(map, "d1", "b").heads()).containsExactly("d1");
    }

    @Test
    void upgradeFromOneHeadToTwo() {
        Graphs.Moved m = upgrade(map, List.of("d1", "d2"), "a");
        assertThat(m.steps()).containsExactly("b", "c2", "d2", "c1", "d1");
        assertThat(m.heads()).containsExactlyInAnyOrder("d1", "d2");
    }

    @Test
    void downgradeFromTwoHeadsToOne() {
        Graphs.Moved m = downgrade(map, "a", "d1", "d2");
        assertThat(m.steps()).containsExactly("d1", "c1", "d2", "c2", "b");
        assertThat(m.heads()).containsExactly("a");
    }

    @Test
    void relativeUpgradeFromALabelledHead() {
        assertThat(upgrade(map, "c2branch@head-1", "b").steps()).containsExactly("c2");
        assertThat(upgrade(map, "c2branch@head-1", "b").heads()).containsExactly("c2");
    }

    @Test
    void baseOfTheWholeGraphPlusTwoIsB() {
        Graphs.Moved m = downgrade(map, "base+2", "d2", "d1");
        assertThat(m.steps()).containsExactly("d1", "c1", "d2", "c2");
        assertThat(m.heads()).containsExactly("b");
    }

    @Test
    void baseOfABranchPlusTwoTakesDownOnlyThatBranch() {
        // per Alembic pull request 763: only c2branch goes back to base+2, which is b
        Graphs.Moved m = downgrade(map, "c2branch@base+2", "d2", "d1");
        assertThat(m.steps()).containsExactly("d2", "c2");
        assertThat(m.heads()).containsExactly("d1");
    }

    @Test
    void baseOfABranchPlusThreeIsC2() {
        for (String target : new String[] {"c2", "c2branch@base+3"}) {
            Graphs.Moved m = downgrade(map, target, "d2", "d1");
            assertThat(m.steps()).as(target).containsExactly("d2");
            assertThat(m.heads()).as(target).containsExactlyInAnyOrder("d1", "c2");
        }
    }

    @Test
    void minusOneFromTwoHeadsWalksTheFirstHead() {
        // ambiguous, Alembic warns, but documented: the first current head is stepped down
        assertThat(downgrade(map, "-1", "d2", "d1").steps()).containsExactly("d2");
        assertThat(downgrade(map, "-1", "d2", "d1").heads()).containsExactlyInAnyOrder("d1", "c2");
        assertThat(downgrade(map, "-1", "c2", "d1").steps()).containsExactly("c2");
        assertThat(downgrade(map, "-1", "c2", "d1").heads()).containsExactly("d1");
        assertThat(downgrade(map, "-1", "d1", "d2").steps()).containsExactly("d1");
        assertThat(downgrade(map, "-1", "d1", "d2").heads()).containsExactlyInAnyOrder("d2", "c1");
        assertThat(downgrade(map, "-1", "c1", "d2").steps()).containsExactly("c1");
        assertThat(downgrade(map, "-1", "c1", "d2").heads()).containsExactly("d2");
    }

    @Test
    void labelMinusOneStepsDownThatBranch() {
        assertThat(downgrade(map, "c1branch@-1", "d1", "d2").steps()).containsExactly("d1");
        assertThat(downgrade(map, "c1branch@-1", "d1", "d2").heads()).containsExactlyInAnyOrder("c1", "d2");
        assertThat(downgrade(map, "c1branch@head-1", "d1", "d2").steps()).containsExactly("d1");
    }

    @Test
    void revisionMinusOneIgnoresTheOrderOfCurrentHeads() {
        // Alembic issue #765
        for (String[] current : new String[][] {{"d2", "c1"}, {"c1", "d2"}}) {
            Graphs.Moved m = downgrade(map, "d2-1", current);
            assertThat(m.steps()).containsExactly("d2");
            assertThat(m.heads()).containsExactlyInAnyOrder("c1", "c2");
        }
    }

    @Test
    void labelAtRevisionTakesDownOnlyThatBranch() {
        assertThat(downgrade(map, "c1branch@b", "c1", "d2").steps()).containsExactly("c1");
        assertThat(downgrade(map, "c1branch@b", "c1", "d2").heads()).containsExactly("d2");
        // the label need not be on the head
        assertThat(downgrade(map, "c2branch@b", "c1", "d2").steps()).containsExactly("d2", "c2");
        assertThat(downgrade(map, "c2branch@b", "c1", "d2").heads()).containsExactly("c1");
        // a revision on the branch names it too, also its head
        assertThat(downgrade(map, "c2@b", "d1", "d2").steps()).containsExactly("d2", "c2");
        assertThat(downgrade(map, "c2@b", "d1", "d2").heads()).containsExactly("d1");
        assertThat(downgrade(map, "d1@b", "d1", "d2").steps()).containsExactly("d1", "c1");
        assertThat(downgrade(map, "d1@b", "d1", "d2").heads()).containsExactly("d2");
    }

    @Test
    void labelPlusOneUpgradesThatBranch() {
        // from c1 alone, c2branch@+1 is the next revision on c2branch past the fork: c2
        assertThat(upgrade(map, "c2branch@+1", "c1").steps()).containsExactly("c2");
        assertThat(upgrade(map, "c2branch@+1", "c1").heads()).containsExactlyInAnyOrder("c1", "c2");
        assertThat(upgrade(map, "c2branch@+1", "c1", "c2").steps()).containsExactly("d2");
        assertThat(upgrade(map, "c2branch@+1", "c1", "c2").heads()).containsExactlyInAnyOrder("c1", "d2");
    }

    @Test
    void plusOneFromTwoHeadsIsAmbiguous() {
        assertThatThrownBy(() -> upgrade(map, "+1", "c1", "c2"))
                .isInstanceOf(GraphException.Range.class)
                .hasMessage("Ambiguous upgrade from multiple current revisions");
    }

    @Test
    void upgradeOneStepFromNothing() {
        assertThat(upgrade(map, "base+1").steps()).containsExactly("a");
        assertThat(upgrade(map, "+1").steps()).containsExactly("a");
        assertThat(upgrade(map, "+1").heads()).containsExactly("a");
    }

    @Test
    void minusOneFromTheRootGoesToNothingAndFromNothingIsAnError() {
        assertThat(downgrade(map, "-1", "a").steps()).containsExactly("a");
        assertThat(downgrade(map, "-1", "a").heads()).isEmpty();
        assertThatThrownBy(() -> downgrade(map, "-1"))
                .isInstanceOf(GraphException.Range.class)
                .hasMessage("Relative revision -1 didn't produce 1 migrations");
    }

    @Test
    void downgradeToACurrentHeadDoesNothing() {
        for (String target : new String[] {"c2", "d1"}) {
            Graphs.Moved m = downgrade(map, target, "d1", "c2");
            assertThat(m.steps()).as(target).isEmpty();
            assertThat(m.heads()).as(target).containsExactlyInAnyOrder("d1", "c2");
        }
    }

    /** d2 also depends on c1: c2branch can go down alone, c1branch takes d2 along. */
    @Nested
    class CrossDependencies {
        private final RevisionMap map = map(
                rev("a"),
                rev("b", "a"),
                rev("c1", "b").withLabels("c1branch"),
                rev("d1", "c1"),
                rev("c2", "b").withLabels("c2branch"),
                rev("d2", "c2").withDependsOn("c1"));

        @Test
        void theDependentBranchGoesDownAlone() {
            Graphs.Moved m = downgrade(map, "c2branch@b", "d1", "d2");
            assertThat(m.steps()).containsExactly("d2", "c2");
            assertThat(m.heads()).containsExactly("d1");
        }

        @Test
        void theBranchDependedOnTakesItsDependentAlong() {
            Graphs.Moved m = downgrade(map, "c1branch@b", "d1", "d2");
            assertThat(m.steps()).containsExactlyInAnyOrder("c1", "d1", "d2");
            assertThat(m.steps().indexOf("d1")).isLessThan(m.steps().indexOf("c1"));
            assertThat(m.steps().indexOf("d2")).isLessThan(m.steps().indexOf("c1"));
            assertThat(m.heads()).containsExactly("c2");
        }
    }
}
