package dev.retort.graph;

import static dev.retort.graph.Graphs.downgrade;
import static dev.retort.graph.Graphs.map;
import static dev.retort.graph.Graphs.rev;
import static dev.retort.graph.Graphs.upgrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Alembic's RevisionPathTest (tests/test_version_traversal.py): upgrade and downgrade paths on
 * one line of five revisions, absolute and relative, with the heads left behind.
 */
class RevisionPathTest {
    private static final String A = "e6239818bb3a";
    private static final String B = "548bbb905360";
    private static final String C = "b7ea43dc85e4";
    private static final String D = "1bbe33445780";
    private static final String E = "3975fb1a0125";

    private final RevisionMap map = map(rev(A), rev(B, A), rev(C, B), rev(D, C), rev(E, D));

    @Test
    void downgradeToBaseFromNothingDoesNothing() {
        Graphs.Moved m = downgrade(map, "base");
        assertThat(m.steps()).isEmpty();
        assertThat(m.heads()).isEmpty();
    }

    @Test
    void downgradeToTheRevisionAlreadyCurrentDoesNothing() {
        // Alembic issues #838 and #839
        assertThat(downgrade(map, A, A).steps()).isEmpty();
        assertThat(downgrade(map, A, A).heads()).containsExactly(A);
        assertThat(downgrade(map, E, E).steps()).isEmpty();
        assertThat(downgrade(map, E, E).heads()).containsExactly(E);
    }

    @Test
    void upgradePaths() {
        assertThat(upgrade(map, E, C).steps()).containsExactly(D, E);
        assertThat(upgrade(map, E, C).heads()).containsExactly(E);
        assertThat(upgrade(map, C).steps()).containsExactly(A, B, C);
        assertThat(upgrade(map, C).heads()).containsExactly(C);
    }

    @Test
    void relativeUpgradePaths() {
        assertThat(upgrade(map, "+2", A).steps()).containsExactly(B, C);
        assertThat(upgrade(map, "+2", A).heads()).containsExactly(C);
        assertThat(upgrade(map, "+1", A).steps()).containsExactly(B);
        assertThat(upgrade(map, "+3", B).steps()).containsExactly(C, D, E);
        assertThat(upgrade(map, "+3", B).heads()).containsExactly(E);
        assertThat(upgrade(map, B + "+2", A).steps()).containsExactly(B, C, D);
        assertThat(upgrade(map, B + "+2", A).heads()).containsExactly(D);
        assertThat(upgrade(map, D + "-2", A).steps()).containsExactly(B);
    }

    @Test
    void relativeUpgradesThatCannotBeWalked() {
        assertThatThrownBy(() -> upgrade(map, "-2", B))
                .isInstanceOf(GraphException.Range.class)
                .hasMessage("upgrade takes +N (steps up from the current revision): -2 would go down")
                .hasFieldOrPropertyWithValue("hint", "to go down 2 steps, run 'retort downgrade -2'");
        assertThatThrownBy(() -> upgrade(map, "+5", B))
                .isInstanceOf(GraphException.Range.class)
                .hasMessage("Relative revision +5 didn't produce 5 migrations");
    }

    @Test
    void downgradePaths() {
        assertThat(downgrade(map, C, E).steps()).containsExactly(E, D);
        assertThat(downgrade(map, C, E).heads()).containsExactly(C);
        assertThat(downgrade(map, null, C).steps()).containsExactly(C, B, A);
        assertThat(downgrade(map, null, C).heads()).isEmpty();
    }

    @Test
    void relativeDowngradePaths() {
        assertThat(downgrade(map, "-1", C).steps()).containsExactly(C);
        assertThat(downgrade(map, "-1", C).heads()).containsExactly(B);
        assertThat(downgrade(map, "-3", E).steps()).containsExactly(E, D, C);
        assertThat(downgrade(map, "-3", E).heads()).containsExactly(B);
        assertThat(downgrade(map, A + "+2", D).steps()).containsExactly(D);
        assertThat(downgrade(map, A + "+2", D).heads()).containsExactly(C);
        assertThat(downgrade(map, C + "-2", D).steps()).containsExactly(D, C, B);
        assertThat(downgrade(map, C + "-2", D).heads()).containsExactly(A);
    }

    @Test
    void relativeDowngradesThatCannotBeWalked() {
        assertThatThrownBy(() -> downgrade(map, "-5", B))
                .isInstanceOf(GraphException.Range.class)
                .hasMessage("Relative revision -5 didn't produce 5 migrations");
        assertThatThrownBy(() -> downgrade(map, "+2", B))
                .isInstanceOf(GraphException.Range.class)
                .hasMessage("Relative revision +2 didn't produce 2 migrations");
    }

    @Test
    void downgradeTargetNotBelowTheCurrentRevision() {
        // a three-character prefix resolves when unique: only keys need four characters
        assertThatThrownBy(() -> downgrade(map, B.substring(0, 3)))
                .isInstanceOf(GraphException.Range.class);
        assertThatThrownBy(() -> downgrade(map, C.substring(0, 4), B))
                .isInstanceOf(GraphException.Range.class);
    }
}
