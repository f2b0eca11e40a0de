package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and the error format, through the real entry point. */
class MainTest {
    @TempDir
    Path dir;

    @Test
    void noCommandPrintsUsageAndExitsTwo() {
        CliRun.Result r = CliRun.run(dir);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: retort").contains("heads");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpAndVersionExitZero() {
        CliRun.Result help = CliRun.run(dir, "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: retort").contains("history");
        CliRun.Result sub = CliRun.run(dir, "history", "--help");
        assertThat(sub.code()).isZero();
        assertThat(sub.out()).contains("--graph").contains("--json").contains("-c, --config=FILE");
        CliRun.Result version = CliRun.run(dir, "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith(Main.VERSION).contains("\ncommit ").contains("\nJava " + System.getProperty("java.runtime.version"));
    }

    @Test
    void registeredNamesAreTheCommandNames() {
        Main.COMMANDS.forEach((name, factory) -> assertThat(
                factory.apply(CliContext.system()).getClass().getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(name));
        assertThat(Main.commandLine(CliContext.system(), new String[] {"heads"}).getSubcommands()).containsOnlyKeys("heads", "help");
        assertThat(Main.commandLine(CliContext.system(), new String[] {"--help"}).getSubcommands()).containsKeys(Main.COMMANDS.keySet().toArray(String[]::new));
    }

    @Test
    void badUsageIsOneErrorLineAndOneHintLineWithExitTwo() {
        CliRun.Result r = CliRun.run(dir, "heads", "--bogus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: Unknown option: '--bogus'\nhint: see 'retort heads --help'\n");
        assertThat(r.out()).isEmpty();
        CliRun.Result format = CliRun.run(dir, "graph", "--format", "png");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).startsWith("error: Invalid value for option '--format'");
    }

    @Test
    void missingConfigIsAUsageError() {
        Path nested = dir.resolve("empty");
        CliRun.Result r = CliRun.run(dir, "heads", "-c", "nope.toml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: config file nope.toml does not exist\n"
                + "hint: check the path given to -c, or run 'retort init' to create one\n");
        assertThat(nested).doesNotExist();
    }

    @Test
    void configErrorsNameTheFileAndLineRelativeToTheWorkingDirectory() throws IOException {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nurl = \"jdbc:sqlite:x.db\"\nscripts = \"m\"\n");
        CliRun.Result r = CliRun.run(dir, "heads");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: retort.toml:3: unknown key 'scripts' in [retort]\n"
                + "hint: known keys: script_location, url, user, password, version_table, schema, transaction\n");
    }

    @Test
    void malformedRevisionFileIsFileLineErrorWithoutStackTraceUnlessDebug() throws IOException {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\n");
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("a1_bad.sql"), "-- Bad one\n-- Revision ID: a1\n-- Revises: x,,y\n");
        CliRun.Result r = CliRun.run(dir, "history");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: migrations/versions/a1_bad.sql:3: empty entry in 'Revises: x,,y'\n"
                + "hint: separate the entries with single commas: a, b\n");
        CliRun.Result debug = CliRun.run(dir, "history", "--debug");
        assertThat(debug.code()).isEqualTo(2);
        assertThat(debug.err()).startsWith(r.err()).contains("\tat dev.retort.");
    }

    @Test
    void errorLinesMaskSecretsWhoeverWroteTheMessage() {
        java.io.StringWriter err = new java.io.StringWriter();
        CliContext ctx = new CliContext(dir, java.util.Map.of(), new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err), CliRun.CLOCK, new java.util.Random(1));
        Main.error(ctx, "cannot connect to jdbc:postgresql://app:hunter2@127.0.0.1/db?password=hunter2",
                "check jdbc:mariadb://127.0.0.1/db;password=hunter2");
        ctx.err().flush();
        assertThat(err.toString()).isEqualTo("error: cannot connect to jdbc:postgresql://app:***@127.0.0.1/db?password=***\n"
                + "hint: check jdbc:mariadb://127.0.0.1/db;password=***\n");
    }

    @Test
    void passwordsInUrlsNeverReachTheOutput() throws IOException {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nurl = \"${NOPE}\"\n");
        CliRun.Result r = CliRun.run(dir, "heads", "--env", "prod", "--url", "jdbc:postgresql://u:hunter2@127.0.0.1/db");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out() + r.err()).doesNotContain("hunter2");
    }
}
