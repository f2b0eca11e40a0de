package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.script.Revision;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryGraphTest {
    private static List<String> draw(Revision... newestFirst) {
        return HistoryGraph.render(List.of(newestFirst), r -> List.of(r.id()));
    }

    @Test
    void linearHistoryIsOneLane() {
        assertThat(draw(Revision.of("c", "b"), Revision.of("b", "a"), Revision.of("a")))
                .containsExactly("* c", "* b", "* a");
    }

    @Test
    void branchesJoinAtTheirBranchPoint() {
        assertThat(draw(Revision.of("x", "a"), Revision.of("y", "a"), Revision.of("a")))
                .containsExactly("* x", "| * y", "|/", "* a");
    }

    @Test
    void mergeOpensALaneThatJoinsAgain() {
        assertThat(draw(Revision.of("m", "b", "c"), Revision.of("b", "a"), Revision.of("c", "a"), Revision.of("a")))
                .containsExactly("* m", "|\\", "* | b", "| * c", "|/", "* a");
    }

    @Test
    void lanesCrossWithUnderscoresAndShiftLeft() {
        // Three heads off one base: the third lane crosses the second to reach the first.
        assertThat(draw(Revision.of("x", "a"), Revision.of("y", "a"), Revision.of("z", "a"), Revision.of("a")))
                .containsExactly("* x", "| * y", "| | * z", "| |/", "|/", "* a");
        // A lane that is not a twin is crossed with '_'.
        assertThat(draw(Revision.of("x", "a"), Revision.of("y", "c"), Revision.of("z", "a"), Revision.of("a"), Revision.of("c")))
                .containsExactly("* x", "| * y", "| | * z", "|_|/", "* | a", " /", "* c");
        // A lane right of a root moves left when the root ends its lane.
        assertThat(draw(Revision.of("r2"), Revision.of("h", "r1"), Revision.of("r1")))
                .containsExactly("* r2", "* h", "* r1");
        assertThat(draw(Revision.of("h1", "r1"), Revision.of("h2", "r2"), Revision.of("r1"), Revision.of("r2")))
                .containsExactly("* h1", "| * h2", "* | r1", " /", "* r2");
    }

    @Test
    void multiLineEntriesContinueTheirLane() {
        List<String> lines = HistoryGraph.render(List.of(Revision.of("b", "a"), Revision.of("a")),
                r -> List.of("Rev: " + r.id(), "Path: x"));
        assertThat(lines).containsExactly("* Rev: b", "| Path: x", "* Rev: a", "  Path: x");
    }

    @Test
    void parentsOutsideTheShownRangeOpenNoLane() {
        assertThat(draw(Revision.of("c", "b"), Revision.of("b", "a"))).containsExactly("* c", "* b");
        assertThat(draw(Revision.of("m", "b", "outside"), Revision.of("b"))).containsExactly("* m", "* b");
    }
}
