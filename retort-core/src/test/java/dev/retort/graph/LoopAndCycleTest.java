package dev.retort.graph;

import static dev.retort.graph.Graphs.iterate;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.node;
import static dev.retort.graph.Graphs.nodeIds;
import static dev.retort.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.script.RevisionHeader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Alembic's GraphWithLoopTest and GraphWithCycleTest: a revision that names itself, and loops
 * through revises or depends_on, are refused when the map is built, naming the revisions that
 * no walk from a head to a base reaches.
 */
class LoopAndCycleTest {

    static List<Arguments> selfLoops() {
        return List.of(
                Arguments.of("solitary", List.of(rev("a", "a")), "a"),
                Arguments.of("base", List.of(rev("a", "a"), rev("b", "a"), rev("c", "b")), "a"),
                Arguments.of("head", List.of(rev("a"), rev("b", "a"), rev("c", "b", "c")), "c"),
                Arguments.of("branch point", List.of(rev("a"), rev("b", "a", "b"), rev("c1", "b"), rev("c2", "b")), "b"),
                Arguments.of("merge point", List.of(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2", "c")),
                        "c"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selfLoops")
    void revisionRevisingItself(String where, List<RevisionHeader> revisions, String looped) {
        assertThatThrownBy(() -> RevisionMap.of(revisions))
                .isInstanceOf(GraphException.Structure.class)
                .hasMessage("Self-loop is detected in revisions (" + looped + ")");
    }

    static List<Arguments> dependencySelfLoops() {
        return List.of(
                Arguments.of("solitary", List.of(rev("a").withDependsOn("a")), "a"),
                Arguments.of("base", List.of(rev("a").withDependsOn("a"), rev("b", "a"), rev("c", "b")), "a"),
                Arguments.of("head", List.of(rev("a"), rev("b", "a"), rev("c", "b").withDependsOn("c")), "c"),
                Arguments.of("branch point",
                        List.of(rev("a"), rev("b", "a").withDependsOn("b"), rev("c1", "b"), rev("c2", "b")), "b"),
                Arguments.of("merge point",
                        List.of(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2").withDependsOn("c")), "c"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dependencySelfLoops")
    void revisionDependingOnItself(String where, List<RevisionHeader> revisions, String looped) {
        assertThatThrownBy(() -> RevisionMap.of(revisions))
                .isInstanceOf(GraphException.Structure.class)
                .hasMessage("Dependency self-loop is detected in revisions (" + looped + ")");
    }

    @Test
    void dependingOnTheParentIsNoLoop() {
        RevisionMap map = map(rev("user_foo"), rev("user", "user_foo").withDependsOn("user_foo"));
        assertThat(iterate(map, "heads", (String) null).ids()).containsExactly("user", "user_foo");
        List<Node> both = List.of(node(map, "user_foo"), node(map, "user"));
        assertThat(nodeIds(map.traversal().topologicalSort(both, List.of(node(map, "user")))))
                .containsExactly("user", "user_foo");
    }

    @Test
    void anIdThatPrefixesAnotherIsNoLoop() {
        RevisionMap revises = map(rev("user_foo"), rev("user", "user_foo"));
        assertThat(iterate(revises, "heads", (String) null).ids()).containsExactly("user", "user_foo");
        RevisionMap depends = map(rev("user_foo"), rev("user").withDependsOn("user_foo"));
        assertThat(iterate(depends, "heads", (String) null).ids()).containsExactly("user", "user_foo");
    }

    static List<Arguments> cycles() {
        return List.of(
                Arguments.of("simple", List.of(rev("a", "c"), rev("b", "a"), rev("c", "b")), "a, b, c"),
                Arguments.of("beside a line",
                        List.of(rev("a", "c"), rev("b", "a"), rev("c", "b"), rev("d"), rev("e", "d")), "a, b, c"),
                Arguments.of("below a line",
                        List.of(rev("a", "c"), rev("b", "a"), rev("c", "b"), rev("d", "c"), rev("e", "d")),
                        "a, b, c, d, e"),
                Arguments.of("above a root",
                        List.of(rev("a"), rev("b", "a"), rev("c", "b", "e"), rev("d", "c"), rev("e", "d")),
                        "a, b, c, d, e"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cycles")
    void cycleThroughRevises(String where, List<RevisionHeader> revisions, String named) {
        assertThatThrownBy(() -> RevisionMap.of(revisions))
                .isInstanceOf(GraphException.Structure.class)
                .hasMessage("Cycle is detected in revisions (" + named + ")");
    }

    static List<Arguments> dependencyCycles() {
        return List.of(
                Arguments.of("simple", List.of(rev("a").withDependsOn("c"), rev("b", "a"), rev("c", "b")), "a, b, c"),
                Arguments.of("beside a line",
                        List.of(rev("a").withDependsOn("c"), rev("b", "a"), rev("c", "b"), rev("d"), rev("e", "d")),
                        "a, b, c"),
                Arguments.of("below a line",
                        List.of(rev("a").withDependsOn("c"), rev("b", "a"), rev("c", "b"), rev("d", "c"),
                                rev("e", "d")),
                        "a, b, c, d, e"),
                Arguments.of("above a root",
                        List.of(rev("a"), rev("b", "a"), rev("c", "b").withDependsOn("e"), rev("d", "c"),
                                rev("e", "d")),
                        "a, b, c, d, e"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dependencyCycles")
    void cycleThroughDependsOn(String where, List<RevisionHeader> revisions, String named) {
        assertThatThrownBy(() -> RevisionMap.of(revisions))
                .isInstanceOf(GraphException.Structure.class)
                .hasMessage("Dependency cycle is detected in revisions (" + named + ")");
    }
}
