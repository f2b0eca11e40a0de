package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `retort verify` through the real entry point, on the quickstart project and on a planted fault. */
class VerifyCommandTest {
    @TempDir
    Path dir;

    @Test
    void theQuickstartReversesCleanly() throws IOException {
        Path q = CliRun.quickstart(dir);
        CliRun.Result r = CliRun.run(q, "verify");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().lines().toList()).hasSize(7);
        assertThat(r.out()).startsWith("ok   1a7f3c9e2b10  Create users table  ")
                .contains("\nverify: 6 revisions upgrade, downgrade and upgrade again cleanly; no model configured "
                        + "(temporary SQLite database, dropped afterwards; ");
        assertThat(Files.exists(q.resolve("app.db"))).as("the configured database is not touched").isFalse();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aDataChangeThatDoesNotReverseExitsOne() throws IOException {
        Path q = CliRun.quickstart(dir);
        Path versions = q.resolve("migrations").resolve("versions");
        Files.writeString(versions.resolve("7a_shout.sql"), """
                -- Shout the names
                --
                -- Revision ID: 7a
                -- Revises: 6fc2814d7065

                -- +upgrade
                UPDATE users SET name = upper(name);

                -- +downgrade
                SELECT 1;
                """);
        Path data = Files.createDirectories(q.resolve("verify-data"));
        Files.writeString(data.resolve("7a.sql"), "INSERT INTO users (id, name) VALUES (1, 'ann');\n");
        Files.writeString(data.resolve("7a.check.sql"), "SELECT id, name FROM users\n");
        assertThat(CliRun.run(q, "verify").code()).isZero();
        CliRun.Result r = CliRun.run(q, "verify", "--from", "7a", "--data", "verify-data");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("""
                FAIL 7a data check (migrations/versions/7a_shout.sql): after the upgrade and downgrade the rows of 7a.check.sql differ
                    - id=1, name=ann
                    + id=1, name=ANN
                verify: failed at 7a (data check) after 0 revisions passed (temporary SQLite database, dropped afterwards)
                """);
        CliRun.Result json = CliRun.run(q, "verify", "--from", "7a", "--data", "verify-data", "--json");
        assertThat(json.code()).isEqualTo(1);
        assertThat(json.out()).contains("\"step\" : \"data\"").doesNotContain("ok   ");
    }

    @Test
    void badInputExitsTwo() throws IOException {
        Path q = CliRun.quickstart(dir);
        CliRun.Result missing = CliRun.run(q, "verify", "--data", "nowhere");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: the data folder ").contains("nowhere does not exist\nhint: ");
        CliRun.Result unknown = CliRun.run(q, "verify", "--from", "zzz");
        assertThat(unknown.code()).as(unknown.toString()).isEqualTo(2);
    }
}
