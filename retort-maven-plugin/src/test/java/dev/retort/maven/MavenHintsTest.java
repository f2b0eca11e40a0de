package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A failed build's hint names the goal to run, not a command line the user may not have installed. */
class MavenHintsTest {
    @Test
    void commandsBecomeGoalsWithTheirParameters() {
        assertThat(MavenHints.translate("review the change, then run 'retort repair --accept-checksums' to record the new checksum"))
                .isEqualTo("review the change, then run 'mvn retort:repair -Dretort.acceptChecksums' to record the new checksum");
        assertThat(MavenHints.translate("or finish the rest by hand and run 'retort repair --finished ab12' (recorded as applied)"))
                .isEqualTo("or finish the rest by hand and run 'mvn retort:repair -Dretort.finished=ab12' (recorded as applied)");
        assertThat(MavenHints.translate("record that with 'retort stamp --purge REV'"))
                .isEqualTo("record that with 'mvn retort:stamp -Dretort.purge -Dretort.target=REV'");
        assertThat(MavenHints.translate("e.g. 'retort downgrade head:base --sql'; 'retort current' shows where the database is"))
                .isEqualTo("e.g. 'mvn retort:downgrade -Dretort.target=head:base -Dretort.sql'; 'mvn retort:current' shows where the database is");
        assertThat(MavenHints.translate("use 'retort downgrade -1'")).isEqualTo("use 'mvn retort:downgrade -Dretort.target=-1'");
    }

    @Test
    void commandsWithoutAGoalOrParameterStayAsTheyAre() {
        String hint = "use 'retort history -r :ab12' for everything; 'retort merge heads -m MSG' joins them; 'retort current x'";
        assertThat(MavenHints.translate(hint)).isEqualTo(hint);
        assertThat(MavenHints.translate("use sql or java")).isEqualTo("use sql or java");
    }
}
