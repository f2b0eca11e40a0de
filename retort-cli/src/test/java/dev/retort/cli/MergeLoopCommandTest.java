package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 002's loop, through the commands a user types: three roots already applied, doctor says to
 * write a merge; after 'retort merge heads' doctor is clean and upgrade runs the merge.
 */
class MergeLoopCommandTest {
    @TempDir
    Path dir;

    private static void revision(Path versions, String id, String table) throws IOException {
        Files.writeString(versions.resolve(id + "_" + table + ".sql"), """
                -- create %2$s
                --
                -- Revision ID: %1$s
                -- Revises:
                -- Create Date: 2025-10-0%3$s 10:00:00

                -- +upgrade
                CREATE TABLE %2$s (id INTEGER PRIMARY KEY);

                -- +downgrade
                DROP TABLE %2$s;
                """.formatted(id, table, id.substring(id.length() - 1)));
    }

    @Test
    void threeAppliedRootsJoinedByMergeHeadsAreCleanForDoctor() throws IOException {
        Path p = dir.resolve("app");
        Path versions = p.resolve("migrations/versions");
        Files.createDirectories(versions);
        Files.writeString(p.resolve("retort.toml"),
                "[retort]\nscript_location = \"migrations\"\nurl = \"jdbc:sqlite:" + p.resolve("app.db") + "\"\n");
        revision(versions, "r1", "forum");
        revision(versions, "r2", "eggs");
        revision(versions, "r3", "oauth");
        assertThat(CliRun.run(p, "upgrade", "heads").code()).isZero();

        CliRun.Result before = CliRun.run(p, "doctor");
        assertThat(before.code()).as(before.toString()).isEqualTo(1);
        assertThat(before.out()).contains("multiple-").contains("merge");

        CliRun.Result merge = CliRun.run(p, "merge", "heads", "-m", "join the roots");
        assertThat(merge.code()).as(merge.toString()).isZero();

        CliRun.Result after = CliRun.run(p, "doctor", "--strict");
        assertThat(after.code()).as(after.toString()).isZero();
        assertThat(after.out()).doesNotContain("multiple-roots").doesNotContain("multiple-heads");
        assertThat(CliRun.run(p, "upgrade", "head").code()).isZero();
        assertThat(CliRun.run(p, "heads").out().lines().count()).isEqualTo(1);
    }
}
