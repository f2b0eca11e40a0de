package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids and labels that Retort's own identifier syntax would misread (head, heads, base, '.x', '..',
 * 'a@b', ...): refused by `revision --rev-id`, reported by doctor as reserved-id with file and
 * line, and refused by the graph commands instead of being silently shadowed.
 */
class ReservedIdsTest {
    @TempDir
    Path dir;

    private Path project() throws IOException {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n");
        return dir;
    }

    @Test
    void revIdAndBranchLabelRefuseWhatIdentifiersWouldMisread() throws IOException {
        Path p = project();
        for (String id : new String[] {"head", "heads", "base", "..", ".hidden", "-1", "a@b", "a:b", "a+1", "a..b"}) {
            CliRun.Result r = CliRun.run(p, "revision", "-m", "x", "--rev-id", id);
            assertThat(r.code()).as(id + "\n" + r).isEqualTo(2);
            assertThat(r.err()).as(id).startsWith("error: --rev-id: revision id '")
                    .contains("\nhint: pick an id of letters, digits, '_' and '.'").doesNotContain("\t");
        }
        // a control character is refused by the control-character check, before the id rules
        CliRun.Result tab = CliRun.run(p, "revision", "-m", "x", "--rev-id", "a\tb");
        assertThat(tab.code()).as(tab.toString()).isEqualTo(2);
        assertThat(tab.err()).startsWith("error: ").doesNotContain("\t");
        assertThat(CliRun.run(p, "revision", "-m", "x", "--branch-label", "head").err())
                .startsWith("error: branch label 'head' is a reserved word");
        try (Stream<Path> files = Files.list(p.resolve("migrations/versions"))) {
            assertThat(files).isEmpty();
        }
        assertThat(CliRun.run(p, "revision", "-m", "x", "--rev-id", "20251011_admin_chat").code()).isZero();
    }

    @Test
    void existingFilesWithMisreadIdsAreDoctorFindingsAndGraphCommandsRefuse() throws IOException {
        Path p = project();
        Files.writeString(p.resolve("migrations/versions/a1_first.sql"), """
                -- first
                --
                -- Revision ID: a1
                -- Revises:

                -- +upgrade
                SELECT 1;
                """);
        Files.writeString(p.resolve("migrations/versions/head_second.sql"), """
                -- second
                --
                -- Revision ID: head
                -- Revises: a1

                -- +upgrade
                SELECT 1;
                """);
        Files.writeString(p.resolve("migrations/versions/c3_third.py"), """
                revision = 'c3'
                down_revision = 'head'
                branch_labels = ('feature@1',)
                """);

        CliRun.Result doctor = CliRun.run(p, "doctor");
        assertThat(doctor.code()).isEqualTo(1);
        assertThat(doctor.out()).contains("ERROR reserved-id migrations/versions/head_second.sql:3 revision id 'head' is a "
                        + "reserved word: 'head' always means the newest revision, so this revision id could never be named\n")
                .contains("ERROR reserved-id migrations/versions/c3_third.py:3 branch label 'feature@1' contains '@'");

        for (String command : new String[] {"heads", "history", "upgrade"}) {
            CliRun.Result r = command.equals("upgrade") ? CliRun.run(p, command, "head", "--url", "jdbc:sqlite:app.db")
                    : CliRun.run(p, command);
            assertThat(r.code()).as(command + "\n" + r).isEqualTo(2);
            assertThat(r.err()).as(command).startsWith("error: migrations/versions/head_second.sql:3: revision id 'head' is "
                    + "a reserved word");
        }
        assertThat(Files.exists(p.resolve("app.db"))).isFalse();
    }
}
