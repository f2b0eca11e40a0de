package dev.retort.graph;

import static dev.retort.graph.Graphs.downgrade;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.rev;
import static dev.retort.graph.Graphs.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Alembic's merge-point path tests (test_version_traversal.py): BranchFromMergepointTest,
 * BranchFrom3WayMergepointTest, TwinMergeTest, NotQuiteTwinMergeTest, ForestTest and
 * MergedPathTest. Where Alembic replays steps on its version table, Retort derives the heads
 * from the applied revisions after each step; both must name the same heads.
 */
class MergePathTest {

    /** Heads after applying {@code steps} one by one on top of {@code start}. */
    private static List<Set<String>> headsAfterEach(RevisionMap map, String start, String... steps) {
        Set<String> applied = new HashSet<>(map.closure(start));
        List<Set<String>> heads = new ArrayList<>();
        for (String step : steps) {
            applied.add(step);
            heads.add(Set.copyOf(map.currentHeads(applied)));
        }
        return heads;
    }

    /** a1 ← b1 ← c1 and a2 ← b2 ← c2; d1 merges c1 and c2; d2 continues c2. */
    @Nested
    class FromMergepoint {
        private final RevisionMap map = map(rev("a1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"), rev("b2", "a2"),
                rev("c2", "b2"), rev("d1", "c1", "c2"), rev("d2", "c2"));

        @Test
        void upgradeOnlyTheSideOfTheMergeThatIsMissing() {
            Graphs.Moved m = upgrade(map, "d1", "d2", "b1");
            assertThat(m.steps()).containsExactly("c1", "d1");
            assertThat(m.heads()).containsExactlyInAnyOrder("d2", "d1");
        }

        @Test
        void downgradeOnlyOneSideOfTheMerge() {
            Graphs.Moved m = downgrade(map, "b1", "d2", "d1");
            assertThat(m.steps()).containsExactly("d1", "c1");
            assertThat(m.heads()).containsExactlyInAnyOrder("d2", "b1");
        }
    }

    /** Three lines a ← b ← c; d1 merges all three c's; d2 and d3 continue c2 and c3. */
    @Nested
    class From3WayMergepoint {
        private final RevisionMap map = map(rev("a1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"), rev("b2", "a2"),
                rev("c2", "b2"), rev("a3"), rev("b3", "a3"), rev("c3", "b3"), rev("d1", "c1", "c2", "c3"),
                rev("d2", "c2"), rev("d3", "c3"));

        @Test
        void upgradeOnlyOneSide() {
            Graphs.Moved m = upgrade(map, "d1", "d3", "d2", "b1");
            assertThat(m.steps()).containsExactly("c1", "d1");
            assertThat(m.heads()).containsExactlyInAnyOrder("d3", "d2", "d1");
        }

        @Test
        void downgradeOnlyOneSide() {
            Graphs.Moved m = downgrade(map, "b1", "d3", "d2", "d1");
            assertThat(m.steps()).containsExactly("d1", "c1");
            assertThat(m.heads()).containsExactlyInAnyOrder("d3", "d2", "b1");
        }

        @Test
        void upgradeTwoSidesMergesThemAndTheNextStepBranchesOutAgain() {
            Graphs.Moved merged = upgrade(map, "d1", "d3", "b2", "b1");
            assertThat(merged.steps()).containsExactly("c2", "c1", "d1");
            assertThat(merged.heads()).containsExactlyInAnyOrder("d3", "d1");
            Graphs.Moved out = upgrade(map, "d2", "d3", "d1");
            assertThat(out.steps()).containsExactly("d2");
            assertThat(out.heads()).containsExactlyInAnyOrder("d3", "d2", "d1");
        }
    }

    @Test
    void twinMergesOfTheSameThreeBranches() {
        // Alembic issue #297: c1 and c2 both merge b1, b2, b3
        RevisionMap map = map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("b3", "a"), rev("c1", "b1", "b2", "b3"),
                rev("c2", "b1", "b2", "b3"), rev("d1", "c1"), rev("d2", "c2"));
        assertThat(headsAfterEach(map, "a", "b3", "b1", "b2", "c2", "d2", "c1", "d1")).containsExactly(
                Set.of("b3"), Set.of("b1", "b3"), Set.of("b1", "b2", "b3"), Set.of("c2"), Set.of("d2"),
                Set.of("c1", "d2"), Set.of("d1", "d2"));
    }

    @Test
    void notQuiteTwinMerges() {
        RevisionMap map = map(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("b3", "a"), rev("c1", "b1", "b2"),
                rev("c2", "b2", "b3"), rev("d1", "c1"), rev("d2", "c2"));
        assertThat(headsAfterEach(map, "a", "b2", "b3", "c2", "d2", "b1", "c1", "d1")).containsExactly(
                Set.of("b2"), Set.of("b2", "b3"), Set.of("c2"), Set.of("d2"), Set.of("b1", "d2"),
                Set.of("c1", "d2"), Set.of("d1", "d2"));
    }

    @Test
    void forestUpgradesTheSecondTreeFirst() {
        RevisionMap map = map(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"));
        assertThat(upgrade(map, "heads").steps()).containsExactly("a2", "b2", "a1", "b1");
        assertThat(Graphs.ids(map.upgradePlan(Set.of(), "heads"))).containsExactly("a2", "b2", "a1", "b1");
    }

    /** a ← b forks into c1 ← d1 and c2 ← d2 (c2branch); e merges d1 and d2; f follows e. */
    @Nested
    class MergedPath {
        private final RevisionMap map = map(rev("a"), rev("b", "a"), rev("c1", "b"), rev("d1", "c1"),
                rev("c2", "b").withLabels("c2branch"), rev("d2", "c2"), rev("e", "d1", "d2"), rev("f", "e"));

        @Test
        void upgradeAcrossTheMergePoint() {
            assertThat(upgrade(map, "f", "b").steps()).containsExactly("c2", "d2", "c1", "d1", "e", "f");
        }

        @Test
        void downgradeAcrossTheMergePoint() {
            assertThat(downgrade(map, "b", "f").steps()).containsExactly("f", "e", "d1", "c1", "d2", "c2");
        }
    }
}
