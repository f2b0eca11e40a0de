package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What users see when things go wrong: a revision failing half way (rolled back, or marked
 * failed and repaired), an applied file edited afterwards, a database that does not answer, a
 * lock held by another runner, and bad usage. Exit 1 for failures, 2 for bad usage, and never
 * a password in the output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailureCommandsTest {
    private static final String BROKEN = """
            -- Broken half way
            --
            -- Revision ID: 7a1b00000001
            -- Revises: 6fc2814d7065
            -- Create Date: 2025-01-11 10:00:00

            -- +upgrade
            CREATE TABLE half_done (x INTEGER);
            INSERT INTO no_such_table VALUES (1);

            -- +downgrade
            DROP TABLE half_done;
            """;

    private final TestDatabases databases = new TestDatabases(FailureCommandsTest.class);

    @TempDir
    Path dir;

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    private static CliRun.Result run(Path project, String url, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--url");
        all.add(url);
        return CliRun.run(project, all.toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRevisionFailingHalfWayIsRolledBackOrMarkedFailedUntilRepair(Kind kind) throws Exception {
        Db db = databases.get(kind);
        String url = kind == Kind.H2 ? db.url() + ";DATABASE_TO_LOWER=TRUE" : db.url();
        Path project = CliRun.quickstart(dir);
        Path broken = project.resolve("migrations/versions/7a1b00000001_broken_half_way.sql");
        Files.writeString(broken, BROKEN);

        CliRun.Result failed = run(project, url, "upgrade", "head");
        assertThat(failed.code()).as(failed.toString()).isEqualTo(1);
        // the six before it done, then its own line, printed when it started, ends in the failure
        assertThat(DatabaseCommandsTest.order(failed.out())).hasSize(7).endsWith("7a1b00000001");
        assertThat(failed.out()).containsPattern("(?m)^Running upgrade \\w+ -> 7a1b00000001, .* \\.\\.\\. failed after \\d+ ms$")
                .doesNotContainPattern("-> 7a1b00000001, .* \\.\\.\\. \\d+ ms");
        assertThat(failed.err()).startsWith("error: migrations/versions/7a1b00000001_broken_half_way.sql:9: upgrade of "
                + "7a1b00000001 failed at statement 2 of 2: ");
        boolean atomic = kind == Kind.POSTGRESQL || kind == Kind.SQLITE;
        if (atomic) {
            assertThat(failed.err()).contains("it was rolled back: the database is at the revision before it");
            assertThat(run(project, url, "current").out()).isEqualTo(DatabaseCommandsTest.HEAD + " (reporting)\n");
            assertThat(DatabaseCommandsTest.tables(db)).doesNotContain("half_done");
            assertThat(run(project, url, "upgrade", "head").code()).isEqualTo(1);
        } else {
            assertThat(failed.err()).contains("statements 1 to 1 were committed and the revision is marked failed")
                    .contains("hint: its statements 1 to 1 took effect: either undo what it committed and run 'retort repair' "
                            + "(recorded as not applied), or finish the rest by hand and run 'retort repair --finished "
                            + "7a1b00000001' (recorded as applied)");
            assertThat(run(project, url, "current").out()).contains("7a1b00000001 (failed upgrade at statement 2; ");
            assertThat(run(project, url, "current", "--json").out()).containsPattern("""
                    "revision" : "7a1b00000001",
                        "kind" : "applied",
                        "applied_at" : "[^"]+",
                        "applied_by" : "[^"]+",
                        "execution_ms" : null,
                        "checksum" : "[0-9a-f]{64}",
                        "path" : "migrations/versions/7a1b00000001_broken_half_way.sql",
                        "failed" : \\{
                          "direction" : "upgrade",
                          "statement" : 2,
                          "sql" : "INSERT INTO no_such_table VALUES \\(1\\)"
                        }""");
            assertThat(DatabaseCommandsTest.tables(db)).contains("half_done");
            CliRun.Result refused = run(project, url, "upgrade", "head");
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).startsWith("error: revision 7a1b00000001 failed during upgrade at statement 2 "
                    + "(INSERT INTO no_such_table VALUES (1))");
            db.execute("DROP TABLE half_done");
            CliRun.Result repaired = run(project, url, "repair");
            assertThat(repaired.code()).as(repaired.toString()).isZero();
            assertThat(repaired.out()).containsPattern("^Repaired 1 revision in \\d+ ms\\.\n$");
            assertThat(run(project, url, "repair").out()).isEqualTo("Nothing to repair.\n");
        }
        Files.writeString(broken, BROKEN.replace("INSERT INTO no_such_table VALUES (1);", "INSERT INTO half_done VALUES (1);"));
        CliRun.Result fixed = run(project, url, "upgrade", "head");
        assertThat(fixed.code()).as(fixed.toString()).isZero();
        assertThat(DatabaseCommandsTest.order(fixed.out())).containsExactly("7a1b00000001");

        // an applied file edited afterwards stops upgrade until its new checksum is accepted
        Path first = project.resolve("migrations/versions/1a7f3c9e2b10_create_users_table.sql");
        Files.writeString(first, "-- reviewed\n", StandardOpenOption.APPEND);
        CliRun.Result changed = run(project, url, "upgrade", "head");
        assertThat(changed.code()).isEqualTo(1);
        assertThat(changed.err()).containsPattern("^error: migrations/versions/1a7f3c9e2b10_create_users_table.sql: revision "
                + "1a7f3c9e2b10 changed after it was applied: recorded checksum [0-9a-f]{64}, file now [0-9a-f]{64}\n"
                + "hint: review the change, then run 'retort repair --accept-checksums' to record the new checksum\n$");
        assertThat(run(project, url, "repair", "--accept-checksums").out()).startsWith("Repaired 1 revision in ");
        assertThat(run(project, url, "upgrade", "head").out()).startsWith("Nothing to upgrade");
    }

    @Test
    void aJavaRevisionCompilesOnceAndItsDerivedDowngradeDropsTheIndex() throws Exception {
        Path project = CliRun.quickstart(dir);
        String url = "jdbc:sqlite:" + project.resolve("app.db");
        CliRun.Result first = run(project, url, "upgrade", "head");
        assertThat(first.out()).startsWith("Compiled 1 Java revision in ");
        assertThat(indexes(url)).contains("ix_users_email");
        CliRun.Result down = run(project, url, "downgrade", "-1", "-v");
        assertThat(down.out()).containsPattern("Running downgrade 6fc2814d7065 -> 5eb1703c6f54, Index users by email\n"
                + "  \\[1] DROP INDEX \"ix_users_email\" \\.\\.\\. \\d+ ms\n");
        assertThat(indexes(url)).doesNotContain("ix_users_email");
        CliRun.Result again = run(project, url, "upgrade", "head");
        assertThat(again.code()).isZero();
        assertThat(again.out()).doesNotContain("Compiled").startsWith("Running upgrade 5eb1703c6f54 -> 6fc2814d7065");
        assertThat(indexes(url)).contains("ix_users_email");
        try (var cached = Files.list(project.resolve(".retort/classes"))) {
            assertThat(cached.filter(p -> !p.getFileName().toString().startsWith("."))).hasSize(1);
        }
    }

    private static List<String> indexes(String url) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void anUnreachableDatabaseFailsWithExitOneAndNoPassword() throws IOException {
        Path project = CliRun.quickstart(dir);
        Map<String, String> env = Map.of("RETORT_PASSWORD", "env-sekrit", "RETORT_URL",
                "jdbc:postgresql://127.0.0.1:1/app?user=app&password=url-sekrit");
        for (String[] args : new String[][] {{"upgrade", "head"}, {"downgrade", "base"}, {"current", "-v"}, {"history", "-i"},
                {"stamp", "head"}, {"repair"}, {"upgrade", "head", "--debug"}}) {
            CliRun.Result r = CliRun.run(project, env, args);
            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).as(r.toString()).startsWith("error: ").contains("127.0.0.1:1")
                    .doesNotContain("sekrit");
            assertThat(r.out()).doesNotContain("sekrit");
        }
    }

    @Test
    void badUsageExitsTwoAndTouchesNothing() throws IOException {
        Path project = CliRun.quickstart(dir);
        CliRun.Result noRev = CliRun.run(project, "upgrade");
        assertThat(noRev.code()).isEqualTo(2);
        assertThat(noRev.err()).startsWith("error: Missing required parameter: 'REV'\n");
        CliRun.Result unknown = CliRun.run(project, "upgrade", "nosuchrev");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: ").contains("nosuchrev");
        CliRun.Result timeout = CliRun.run(project, "upgrade", "head", "--lock-timeout", "-5");
        assertThat(timeout.code()).isEqualTo(2);
        assertThat(timeout.err()).startsWith("error: --lock-timeout must be zero or more seconds, not -5\n");
        CliRun.Result stampNothing = CliRun.run(project, "stamp");
        assertThat(stampNothing.code()).isEqualTo(2);
        assertThat(project.resolve("app.db")).doesNotExist();
    }

    @Test
    void aRunnerWaitsForTheLockThenGivesUpNamingIt() throws Exception {
        Path project = CliRun.quickstart(dir);
        String lockFile = project.resolve("app.db.retort-lock").toString();
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + lockFile); Statement s = holder.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            long start = System.nanoTime();
            CliRun.Result r = CliRun.run(project, "upgrade", "head", "--lock-timeout", "1");
            assertThat(System.nanoTime() - start).isGreaterThan(900_000_000L);
            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            assertThat(r.out()).startsWith("waiting for the run lock on retort_version, held by ");
            assertThat(r.err()).startsWith("error: timed out after 1s waiting for the run lock on retort_version");
            s.execute("ROLLBACK");
        }
        assertThat(CliRun.run(project, "upgrade", "head").code()).isZero();
    }
}
