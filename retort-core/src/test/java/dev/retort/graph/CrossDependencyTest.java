package dev.retort.graph;

import static dev.retort.graph.Graphs.iterate;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Alembic's MultipleBaseCrossDependencyTestOne/Two/Three: independent lines tied together by
 * depends_on. Upgrades pull in what a line depends on; downgrades of a line leave the lines it
 * depends on alone, but take down what depends on it.
 */
class CrossDependencyTest {

    /**
     * <pre>
     * base1 (b_1) ← a1a ← b1a
     *             ← a1b ← b1b   (depends on a3)
     * base2 (b_2) ← a2 ← b2 ← c2 (depends on a3) ← d2
     * base3 (b_3) ← a3 ← b3
     * </pre>
     */
    @Nested
    class One {
        private final RevisionMap map = map(
                rev("base1").withLabels("b_1"),
                rev("a1a", "base1"),
                rev("a1b", "base1"),
                rev("b1a", "a1a"),
                rev("b1b", "a1b").withDependsOn("a3"),
                rev("base2").withLabels("b_2"),
                rev("a2", "base2"),
                rev("b2", "a2"),
                rev("c2", "b2").withDependsOn("a3"),
                rev("d2", "c2"),
                rev("base3").withLabels("b_3"),
                rev("a3", "base3"),
                rev("b3", "a3"));

        @Test
        void headsIgnoreDependencies() {
            assertThat(map.heads()).containsExactly("b1a", "b1b", "d2", "b3");
        }

        @Test
        void headsToBaseUpgradeAndDowngradeAgree() {
            String[] all = {"b1a", "a1a", "b1b", "a1b", "base1", "d2", "c2", "b2", "a2", "base2", "b3", "a3", "base3"};
            assertThat(iterate(map, "heads", "base").ids()).containsExactly(all);
            assertThat(iterate(map, "heads", "base").selectForDowngrade().ids()).containsExactly(all);
        }

        @Test
        void lowerEndAboveUpperEndOnOneLine() {
            assertThatThrownBy(() -> iterate(map, "b2", "d2").exclusive().ids())
                    .isInstanceOf(GraphException.Range.class)
                    .hasMessage("Revision d2 is not an ancestor of revision b2");
        }

        @Test
        void lowerEndOnALineTheUpperEndOnlyDependsOn() {
            // d2 depends on a3 but is no ancestor of b3: still not a range
            assertThatThrownBy(() -> iterate(map, "b3", "d2").exclusive().ids())
                    .isInstanceOf(GraphException.Range.class)
                    .hasMessage("Revision d2 is not an ancestor of revision b3");
        }

        @Test
        void upgradingLineTwoNeedsTheStartOfLineThree() {
            assertThat(iterate(map, "b_2@head", "base").ids())
                    .containsExactly("d2", "c2", "b2", "a2", "base2", "a3", "base3");
        }

        @Test
        void downgradingLineTwoLeavesLineThreeAlone() {
            assertThat(iterate(map, "b_2@head", "b_2@base").selectForDowngrade().ids())
                    .containsExactly("d2", "c2", "b2", "a2", "base2");
        }

        @Test
        void lineThreeStandsAlone() {
            assertThat(iterate(map, "b_3@head", "base").ids()).containsExactly("b3", "a3", "base3");
            assertThat(iterate(map, "b_3@head", "base").selectForDowngrade().ids())
                    .containsExactly("b3", "a3", "base3");
        }

        @Test
        void upgradingB1bNeedsTheStartOfLineThree() {
            assertThat(iterate(map, "b1b@head", "base").ids())
                    .containsExactly("b1b", "a1b", "base1", "a3", "base3");
        }

        @Test
        void downgradingB1bToItsBaseLeavesLineThreeAlone() {
            assertThat(iterate(map, "b1b@head", "b1b@base").selectForDowngrade().ids())
                    .containsExactly("b1b", "a1b", "base1");
        }

        @Test
        void upgradeFromTheBaseOfLineTwoIncludesItsDependencies() {
            assertThat(iterate(map, "heads", "b_2@base").ids())
                    .containsExactly("d2", "c2", "b2", "a2", "base2", "a3", "base3");
        }

        @Test
        void downgradeToTheBaseOfLineTwoIsLineTwoAlone() {
            assertThat(iterate(map, "heads", "b_2@base").selectForDowngrade().ids())
                    .containsExactly("d2", "c2", "b2", "a2", "base2");
        }

        @Test
        void upgradeFromTheBaseOfLineThreeIsLineThreeAlone() {
            assertThat(iterate(map, "heads", "b_3@base").ids()).containsExactly("b3", "a3", "base3");
        }

        @Test
        void downgradeToTheBaseOfLineThreeTakesDownWhatDependsOnA3() {
            assertThat(iterate(map, "heads", "b_3@base").selectForDowngrade().ids())
                    .containsExactly("b1b", "d2", "c2", "b3", "a3", "base3");
        }
    }

    /**
     * Three lines labelled b_1, b_2, b_3: base2 depends on the branch label b_1 (its root),
     * c3 depends on b2.
     */
    @Nested
    class Two {
        private final RevisionMap map = map(
                rev("base1").withLabels("b_1"),
                rev("a1", "base1"),
                rev("b1", "a1"),
                rev("c1", "b1"),
                rev("base2").withDependsOn("b_1").withLabels("b_2"),
                rev("a2", "base2"),
                rev("b2", "a2"),
                rev("c2", "b2"),
                rev("d2", "c2"),
                rev("base3").withLabels("b_3"),
                rev("a3", "base3"),
                rev("b3", "a3"),
                rev("c3", "b3").withDependsOn("b2"),
                rev("d3", "c3"));

        @Test
        void headsIgnoreDependencies() {
            assertThat(map.heads()).containsExactly("c1", "d2", "d3");
        }

        @Test
        void headsToBase() {
            assertThat(iterate(map, "heads", "base").ids()).containsExactly(
                    "c1", "b1", "a1", "d2", "c2", "d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1");
        }

        @Test
        void lineTwoNeedsTheRootOfLineOne() {
            assertThat(iterate(map, "b_2@head", "base").ids())
                    .containsExactly("d2", "c2", "b2", "a2", "base2", "base1");
        }

        @Test
        void lineThreeNeedsLineTwoUpToB2() {
            assertThat(iterate(map, "b_3@head", "base").ids())
                    .containsExactly("d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1");
        }

        @Test
        void lineOneStandsAlone() {
            assertThat(iterate(map, "b_1@head", "base").ids()).containsExactly("c1", "b1", "a1", "base1");
            assertThat(iterate(map, "heads", "b_1@base").ids()).containsExactly("c1", "b1", "a1", "base1");
        }

        @Test
        void fromTheBaseOfLineTwo() {
            assertThat(iterate(map, "heads", "b_2@base").ids())
                    .containsExactly("d2", "c2", "b2", "a2", "base2", "base1");
        }

        @Test
        void fromTheBaseOfLineThree() {
            assertThat(iterate(map, "heads", "b_3@base").ids())
                    .containsExactly("d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1");
        }
    }

    /** A root (c2) with no parent but a dependency on a1 of another line. */
    @Test
    void rootWithOnlyADependencyComesAboveWhatItDependsOn() {
        RevisionMap map = map(rev("base1"), rev("a1", "base1"), rev("b1", "a1"), rev("c2").withDependsOn("a1"),
                rev("c3", "c2"));
        assertThat(iterate(map, "heads", "base").ids()).containsExactly("b1", "c3", "c2", "a1", "base1");
    }
}
