package dev.retort.graph;

import static dev.retort.graph.Graphs.ids;
import static dev.retort.graph.Graphs.iterate;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.node;
import static dev.retort.graph.Graphs.nodeIds;
import static dev.retort.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Alembic's LabeledBranchTest: two independent lines, labelled at their roots, with
 * {@code label@rev}, {@code label@head}, {@code label@base}, {@code rev@base}, relative steps
 * and partial ids inside a branch.
 */
class LabeledBranchTest {
    /** a ← b ← somelongername ← c (abranch) and d ← e ← someothername ← f (ebranch, set on e). */
    private final RevisionMap map = map(
            rev("a").withLabels("abranch"),
            rev("b", "a"),
            rev("somelongername", "b"),
            rev("c", "somelongername"),
            rev("d"),
            rev("e", "d").withLabels("ebranch"),
            rev("someothername", "e"),
            rev("f", "someothername"));

    private String one(String identifier) {
        return map.resolveOne(identifier).id();
    }

    @Test
    void aLabelUsedTwiceIsRejected() {
        assertThatThrownBy(() -> map(
                        rev("a"), rev("b", "a"), rev("c", "b").withLabels("xy1"),
                        rev("d"), rev("e", "d").withLabels("xy1"), rev("f", "e")))
                .isInstanceOf(GraphException.Structure.class)
                .hasMessageMatching("Branch name 'xy1' in revision (e|c) already used by revision (e|c)");
    }

    @Test
    void lineageOfALabelledHeadReachesAcrossTheMerge() {
        RevisionMap merged = map(rev("a"), rev("b", "a"), rev("c1", "b").withLabels("c1branch"), rev("c2", "b"),
                rev("d", "c1", "c2"));
        List<Node> candidates = List.of(node(merged, "c1"), node(merged, "c2"), node(merged, "d"));
        assertThat(nodeIds(merged.resolver().filterForLineage(candidates, "c1branch@head", false)))
                .containsExactly("c1", "c2", "d");
    }

    @Test
    void aHeadSharesTheLineageOfHeads() {
        assertThat(nodeIds(map.resolver().filterForLineage(List.of(node(map, "f")), "heads", false)))
                .containsExactly("f");
    }

    @Test
    void basesOfABranchNamedByOneOfItsRevisions() {
        List<Node> bases = map.resolver().nodesOf(map.bases());
        assertThat(nodeIds(map.resolver().filterForLineage(bases, "somelongername@base", false)))
                .containsExactly("a");
        assertThat(nodeIds(map.resolver().filterForLineage(bases, "base", false))).containsExactly("a", "d");
        assertThat(map.bases()).containsExactly("a", "d");
    }

    @Test
    void labelAtHeadIsTheBranchHead() {
        assertThat(one("ebranch@head")).isEqualTo("f");
        assertThat(one("abranch@head")).isEqualTo("c");
        assertThat(one("abranch@heads")).isEqualTo("c");
    }

    @Test
    void labelAtBaseIsNothingAndLabelAtRevIsThatRevision() {
        assertThat(map.resolveOne("abranch@base")).isNull();
        assertThat(one("ebranch@d")).isEqualTo("d");
        assertThat(one("ebranch@ebranch")).isEqualTo("e");
    }

    @Test
    void aLabelAloneIsTheRevisionThatDeclaresIt() {
        assertThat(one("abranch")).isEqualTo("a");
        assertThat(one("ebranch")).isEqualTo("e");
    }

    @Test
    void walkFromHeadsDownToANamedBase() {
        assertThat(iterate(map, "heads", "ebranch@base").ids()).containsExactly("f", "someothername", "e", "d");
        assertThat(iterate(map, "heads", "abranch@base").ids()).containsExactly("c", "somelongername", "b", "a");
        assertThat(ids(map.history("ebranch@base:heads"))).containsExactly("f", "someothername", "e", "d");
    }

    @Test
    void walkFromANamedHeadDownToBase() {
        assertThat(iterate(map, "ebranch@head", "base").ids()).containsExactly("f", "someothername", "e", "d");
        assertThat(iterate(map, "abranch@head", "base").ids()).containsExactly("c", "somelongername", "b", "a");
        assertThat(ids(map.history(":abranch@head"))).containsExactly("c", "somelongername", "b", "a");
    }

    @Test
    void walkFromHeadsDownToANamedHeadIsJustThatHead() {
        assertThat(iterate(map, "heads", "ebranch@head").ids()).containsExactly("f");
    }

    @Test
    void walkFromHeadsDownToLabelAtRevision() {
        assertThat(iterate(map, "heads", "ebranch@d").ids()).containsExactly("f", "someothername", "e", "d");
    }

    @Test
    void revAtBaseNamesTheBaseOfThatRevisionsBranch() {
        assertThat(iterate(map, "heads", "e@base").ids()).containsExactly("f", "someothername", "e", "d");
        assertThat(iterate(map, "heads", "c@base").ids()).containsExactly("c", "somelongername", "b", "a");
    }

    @Test
    void labelMinusTwoCountsDownFromTheBranchHead() {
        assertThat(iterate(map, "heads", "ebranch@-2").ids()).containsExactly("f", "someothername", "e");
    }

    @Test
    void labelPlusTwoCountsUpFromBelowTheBranchRoot() {
        // no revision is current, so +2 on ebranch is two steps up from base: d, then e
        assertThat(iterate(map, "ebranch@+2", "base").ids()).containsExactly("e", "d");
    }

    @Test
    void partialIdIsResolvedWithinTheBranch() {
        assertThat(one("ebranch@some")).isEqualTo("someothername");
        assertThat(one("abranch@some")).isEqualTo("somelongername");
    }

    @Test
    void partialIdOfFewerThanFourCharactersResolvesNothing() {
        assertThatThrownBy(() -> map.resolveOne("ebranch@sos"))
                .isInstanceOf(GraphException.Resolution.class)
                .hasMessage("No such revision or branch 'sos'")
                .satisfies(e -> assertThat(((GraphException) e).hint()).contains("four characters"));
    }

    @Test
    void revisionOutsideTheBranchIsRejected() {
        assertThatThrownBy(() -> map.resolveOne("ebranch@b"))
                .isInstanceOf(GraphException.Resolution.class)
                .hasMessage("Revision b is not a member of branch 'ebranch'");
        assertThatThrownBy(() -> map.resolveOne("abranch@d"))
                .isInstanceOf(GraphException.Resolution.class)
                .hasMessage("Revision d is not a member of branch 'abranch'");
    }

    @Test
    void aOneLetterIdResolvesExactly() {
        assertThat(one("e")).isEqualTo("e");
    }

    @Test
    void unknownRevisionInABranch() {
        assertThatThrownBy(() -> map.resolveOne("abranch@qprstuv"))
                .isInstanceOf(GraphException.Resolution.class)
                .hasMessage("No such revision or branch 'qprstuv'")
                .satisfies(e -> assertThat(((GraphException) e).hint()).doesNotContain("four characters"));
        assertThatThrownBy(() -> map.resolveOne("abranch@qpr"))
                .isInstanceOf(GraphException.Resolution.class)
                .hasMessage("No such revision or branch 'qpr'")
                .satisfies(e -> assertThat(((GraphException) e).hint()).contains("four characters"));
    }

    @Test
    void aRevisionBeforeTheAtSignActsAsBranch() {
        assertThat(one("e@d")).isEqualTo("d");
        // ... also when given as a partial id
        assertThat(one("someoth@d")).isEqualTo("d");
    }

    @Test
    void unknownBranch() {
        assertThatThrownBy(() -> map.resolveOne("x@d"))
                .isInstanceOf(GraphException.Resolution.class)
                .hasMessage("No such branch: 'x'");
    }
}
