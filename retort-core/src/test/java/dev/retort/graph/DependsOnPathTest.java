package dev.retort.graph;

import static dev.retort.graph.Graphs.downgrade;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.rev;
import static dev.retort.graph.Graphs.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Alembic's depends_on path tests (test_version_traversal.py): DependsOnBranchTestOne to Five,
 * DependsOnOwnDownrevTest and DependsOnBranchLabelTest. A revision that another applied
 * revision depends on is implied by it and is no head of its own.
 *
 * <p>DependsOnBranchTestFive is newer than Alembic 1.8.1. 1.8.1 runs the same steps, but after
 * downgrading bmerge its version table holds a1 and b1 although b1 implies a1; newer Alembic
 * holds b1 alone, and so do Retort's derived heads.
 */
class DependsOnPathTest {

    @Test
    void downgradingToTheDependencyLeavesTheDependentAsTheOnlyHead() {
        // DependsOnBranchTestOne: c2 (on a2 ← b2) depends on c1 (on lib1: a1 ← b1 ← c1 ← d1 ← e1 ← f1)
        RevisionMap map = map(rev("a1").withLabels("lib1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"),
                rev("b2", "a2"), rev("c2", "b2").withDependsOn("c1"), rev("d1", "c1"), rev("e1", "d1"),
                rev("f1", "e1"));
        Graphs.Moved m = downgrade(map, "c1", "c2", "d1");
        assertThat(m.steps()).containsExactly("d1");
        assertThat(m.heads()).containsExactly("c2");
    }

    @Test
    void threeMergesAndARevisionDependingOnOneRootOfEach() {
        // DependsOnBranchTestTwo: d1 revises nothing and depends on a3, b2 and c1
        RevisionMap map = map(rev("a1"), rev("a2"), rev("a3"), rev("amerge", "a1", "a2", "a3"), rev("b1"), rev("b2"),
                rev("bmerge", "b1", "b2"), rev("c1"), rev("c2"), rev("c3"), rev("cmerge", "c1", "c2", "c3"),
                rev("d1").withDependsOn("a3", "b2", "c1"));

        Graphs.Moved first = downgrade(map, "b2", "amerge", "bmerge", "cmerge", "d1");
        assertThat(first.steps()).containsExactly("bmerge");
        // b2 is no head: d1, still applied, implies it
        assertThat(first.heads()).containsExactlyInAnyOrder("amerge", "b1", "cmerge", "d1");

        Graphs.Moved second = downgrade(map, "d1@base", "amerge", "d1", "b1", "cmerge");
        assertThat(second.steps()).containsExactly("d1");
        // with d1 gone, b2 is a head again
        assertThat(second.heads()).containsExactlyInAnyOrder("amerge", "b1", "b2", "cmerge");

        Graphs.Moved all = downgrade(map, "base", "amerge", "b1", "b2", "cmerge");
        assertThat(all.steps()).containsExactly("amerge", "a1", "b1", "b2", "cmerge", "c1", "a2", "a3", "c2", "c3");
        assertThat(all.heads()).isEmpty();
    }

    @Test
    void downgradeOverACrissCross() {
        // DependsOnBranchTestThree (Alembic issue #377): b2 depends on a2, a3 depends on b1
        RevisionMap map = map(rev("a1"), rev("a2", "a1"), rev("b1"), rev("b2", "b1").withDependsOn("a2"),
                rev("b3", "b2"), rev("a3", "a2").withDependsOn("b1"));
        Graphs.Moved m = downgrade(map, "b1", "a3", "b2");
        assertThat(m.steps()).containsExactly("b2");
        // b1 is still applied, implied by a3
        assertThat(m.heads()).containsExactly("a3");
    }

    @Test
    void dependingOnTheOwnParent() {
        // DependsOnOwnDownrevTest (Alembic issue #843)
        RevisionMap map = map(rev("a1"), rev("a2", "a1").withDependsOn("a1"));
        assertThat(upgrade(map, "a2").steps()).containsExactly("a1", "a2");
        assertThat(upgrade(map, "a2").heads()).containsExactly("a2");
        assertThat(downgrade(map, "a1", "a2").steps()).containsExactly("a2");
        assertThat(downgrade(map, "a1", "a2").heads()).containsExactly("a1");
    }

    @Test
    void repeatedDependencyIsNormalisedAway() {
        // DependsOnBranchTestFour (Alembic issue #789): b2 and b4 both depend on a3
        RevisionMap map = map(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"),
                rev("b2", "b1").withDependsOn("a3"), rev("b3", "b2"), rev("b4", "b3").withDependsOn("a3"));
        Graphs.Moved m = downgrade(map, "b3", "b4");
        assertThat(m.steps()).containsExactly("b4");
        // a3 is no head: b3 still implies it through b2
        assertThat(m.heads()).containsExactly("b3");
    }

    @Test
    void mergeOfARevisionAndItsDependent() {
        // DependsOnBranchTestFive (Alembic issue #1373; see the class comment)
        RevisionMap map = map(rev("a1"), rev("b1").withDependsOn("a1"), rev("bmerge", "a1", "b1"));
        assertThat(upgrade(map, "b1", "a1").steps()).containsExactly("b1");
        assertThat(upgrade(map, "b1", "a1").heads()).containsExactly("b1");
        assertThat(upgrade(map, "bmerge", "b1").steps()).containsExactly("bmerge");
        assertThat(upgrade(map, "bmerge", "b1").heads()).containsExactly("bmerge");
        for (String target : new String[] {"a1", "b1"}) {
            Graphs.Moved m = downgrade(map, target, "bmerge");
            assertThat(m.steps()).as(target).containsExactly("bmerge");
            assertThat(m.heads()).as(target).containsExactly("b1");
        }
    }

    @Test
    void dependencyOnALabelPullsInThatBranch() {
        // DependsOnBranchLabelTest: c2 depends on "c1lib", the label of c1
        RevisionMap map = map(rev("a1").withLabels("lib1"), rev("b1", "a1"), rev("c1", "b1").withLabels("c1lib"),
                rev("a2"), rev("b2", "a2"), rev("c2", "b2").withDependsOn("c1lib"), rev("d1", "c1"),
                rev("e1", "d1"), rev("f1", "e1"));
        Graphs.Moved m = upgrade(map, "c2", "a2");
        assertThat(m.steps()).containsExactly("a1", "b1", "c1", "b2", "c2");
        assertThat(m.heads()).containsExactly("c2");
    }
}
