package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.RevisionInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryGraphTest {
    private static RevisionInfo rev(String id, String... parents) {
        return new RevisionInfo(id, List.of(parents), List.of(), List.of(), "", "", null, null);
    }

    private static List<String> draw(RevisionInfo... newestFirst) {
        return HistoryGraph.render(List.of(newestFirst), r -> List.of(r.id()));
    }

    @Test
    void linearHistoryIsOneLane() {
        assertThat(draw(rev("c", "b"), rev("b", "a"), rev("a")))
                .containsExactly("* c", "* b", "* a");
    }

    @Test
    void branchesJoinAtTheirBranchPoint() {
        assertThat(draw(rev("x", "a"), rev("y", "a"), rev("a")))
                .containsExactly("* x", "| * y", "|/", "* a");
    }

    @Test
    void mergeOpensALaneThatJoinsAgain() {
        assertThat(draw(rev("m", "b", "c"), rev("b", "a"), rev("c", "a"), rev("a")))
                .containsExactly("* m", "|\\", "* | b", "| * c", "|/", "* a");
    }

    @Test
    void lanesCrossWithUnderscoresAndShiftLeft() {
        // Three heads off one base: the third lane crosses the second to reach the first.
        assertThat(draw(rev("x", "a"), rev("y", "a"), rev("z", "a"), rev("a")))
                .containsExactly("* x", "| * y", "| | * z", "| |/", "|/", "* a");
        // A lane that is not a twin is crossed with '_'.
        assertThat(draw(rev("x", "a"), rev("y", "c"), rev("z", "a"), rev("a"), rev("c")))
                .containsExactly("* x", "| * y", "| | * z", "|_|/", "* | a", " /", "* c");
        // A lane right of a root moves left when the root ends its lane.
        assertThat(draw(rev("r2"), rev("h", "r1"), rev("r1")))
                .containsExactly("* r2", "* h", "* r1");
        assertThat(draw(rev("h1", "r1"), rev("h2", "r2"), rev("r1"), rev("r2")))
                .containsExactly("* h1", "| * h2", "* | r1", " /", "* r2");
    }

    @Test
    void multiLineEntriesContinueTheirLane() {
        List<String> lines = HistoryGraph.render(List.of(rev("b", "a"), rev("a")),
                r -> List.of("Rev: " + r.id(), "Path: x"));
        assertThat(lines).containsExactly("* Rev: b", "| Path: x", "* Rev: a", "  Path: x");
    }

    @Test
    void parentsOutsideTheShownRangeOpenNoLane() {
        assertThat(draw(rev("c", "b"), rev("b", "a"))).containsExactly("* c", "* b");
        assertThat(draw(rev("m", "b", "outside"), rev("b"))).containsExactly("* m", "* b");
    }
}
