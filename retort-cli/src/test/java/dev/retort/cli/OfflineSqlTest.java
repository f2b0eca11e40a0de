package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** upgrade/downgrade --sql print the whole script for any dialect and never connect. */
class OfflineSqlTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "sqlite", "h2"})
    void theScriptOfEveryDialectWithoutADatabase(String dialect) throws IOException {
        Path project = CliRun.quickstart(dir);
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/app?user=app&password=sekrit-pw";
            CliRun.Result up = CliRun.run(project, "upgrade", "base:head", "--sql", "--dialect", dialect, "--url", url);
            assertThat(up.code()).as(up.toString()).isZero();
            assertThat(up.err()).isEmpty();
            assertThat(up.out()).startsWith("-- Retort upgrade script for " + dialect + ", 6 revisions\n")
                    .contains("-- Running upgrade  -> 1a7f3c9e2b10, Create users table\n")
                    .contains("-- Running upgrade 3c9f5e1a4d32, 4da06f2b5e43 -> 5eb1703c6f54, Merge orders and reporting\n")
                    .contains("-- Running upgrade 5eb1703c6f54 -> 6fc2814d7065, Index users by email\n")
                    .contains("CREATE TABLE users (")
                    .containsIgnoringCase("CREATE INDEX " + quoted(dialect, "ix_users_email"))
                    .contains("retort_version")
                    .doesNotContain("Compiled")
                    .doesNotContain("sekrit-pw");
            assertThat(up.out().contains("BEGIN")).isEqualTo(!dialect.equals("mysql") && !dialect.equals("h2"));

            CliRun.Result down = CliRun.run(project, "downgrade", "head:base", "--sql", "--dialect", dialect, "--url", url);
            assertThat(down.code()).as(down.toString()).isZero();
            assertThat(down.out()).contains("-- Running downgrade 6fc2814d7065 -> 5eb1703c6f54, Index users by email\n")
                    .containsIgnoringCase("DROP INDEX " + quoted(dialect, "ix_users_email"))
                    .contains("-- Running downgrade 1a7f3c9e2b10 -> , Create users table\n")
                    .contains("DROP TABLE users;");

            CliRun.Result range = CliRun.run(project, "upgrade", "2b8e4d0f3c21:reporting@head", "--sql", "--dialect", dialect,
                    "--url", url);
            assertThat(range.out()).startsWith("-- Retort upgrade script for " + dialect + ", 4 revisions\n")
                    .doesNotContain("Create users table").doesNotContain("Add email to users");

            // nothing ever connected to the url's port
            server.setSoTimeout(200);
            assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    private static String quoted(String dialect, String name) {
        return dialect.equals("mysql") ? "`" + name + "`" : "\"" + name + "\"";
    }

    @Test
    void theDialectDefaultsToTheUrlsAndAScriptNeedsNoDatabase() throws IOException {
        Path project = CliRun.quickstart(dir);
        CliRun.Result r = CliRun.run(project, Map.of("RETORT_URL", "jdbc:mariadb://127.0.0.1:1/none"), "upgrade", "head", "--sql");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("-- Retort upgrade script for mysql, 6 revisions\n");
    }

    @Test
    void badOfflineUsageExitsTwo() throws IOException {
        Path project = CliRun.quickstart(dir);
        CliRun.Result noFrom = CliRun.run(project, "downgrade", "base", "--sql", "--dialect", "h2");
        assertThat(noFrom.code()).isEqualTo(2);
        assertThat(noFrom.err()).isEqualTo("error: downgrade --sql needs a starting revision\n"
                + "hint: write the range as FROM:TO, e.g. 'retort downgrade head:base --sql'\n");
        CliRun.Result dialectAlone = CliRun.run(project, "upgrade", "head", "--dialect", "h2");
        assertThat(dialectAlone.code()).isEqualTo(2);
        assertThat(dialectAlone.err()).startsWith("error: --dialect only applies to --sql scripts\n");
        CliRun.Result unknown = CliRun.run(project, "upgrade", "head", "--sql", "--dialect", "oracle");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: unknown dialect 'oracle'\n");
        CliRun.Result rangeOnline = CliRun.run(project, "upgrade", "base:head");
        assertThat(rangeOnline.code()).isEqualTo(2);
        assertThat(rangeOnline.err()).startsWith("error: 'base:head' is a range; ranges are for offline scripts\n");
        assertThat(project.resolve("app.db")).doesNotExist();
    }
}
