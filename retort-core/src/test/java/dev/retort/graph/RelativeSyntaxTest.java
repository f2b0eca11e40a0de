package dev.retort.graph;

import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.rev;
import static dev.retort.graph.Graphs.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which targets are relative steps. Answers checked against Alembic 1.8.1, whose pattern
 * matches Python's Unicode \w; the one deliberate difference is '.' in ids.
 */
class RelativeSyntaxTest {
    private final RevisionMap map = map(rev("añb"), rev("ñc", "añb"), rev("d", "ñc"), rev("v1.2", "d"), rev("x", "v1.2"));

    @Test
    void idsWithNonAsciiLettersTakeRelativeSteps() {
        assertThat(upgrade(map, "añb+1").steps()).containsExactly("añb", "ñc");
        assertThat(upgrade(map, "ñc+1").steps()).containsExactly("añb", "ñc", "d");
        assertThat(upgrade(map, "+1", "añb").steps()).containsExactly("ñc");
        assertThat(upgrade(map, "d+1").steps()).containsExactly("añb", "ñc", "d", "v1.2");
    }

    @Test
    void idsWithADotTakeRelativeStepsUnlikeAlembic() {
        // Alembic 1.8.1 looks "v1.2+1" up as an id and fails; Retort allows '.' in ids, so steps
        assertThat(upgrade(map, "v1.2+1").steps()).containsExactly("añb", "ñc", "d", "v1.2", "x");
    }
}
