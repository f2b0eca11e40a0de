package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared options work before the command name too, as in {@code alembic -c file upgrade head}. */
class OptionsBeforeCommandTest {
    @TempDir
    Path dir;

    private Path project;
    private Path elsewhere;

    @BeforeEach
    void setUp() throws Exception {
        project = CliRun.quickstart(dir);
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    }

    private CliRun.Result ok(Path cwd, String... args) {
        CliRun.Result r = CliRun.run(cwd, args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r).isZero();
        return r;
    }

    @Test
    void configBeforeOrAfterTheCommandGivesTheSameResult() {
        String config = project.resolve("retort.toml").toString();
        String after = ok(elsewhere, "heads", "-c", config).out();
        assertThat(after).contains(DatabaseCommandsTest.HEAD);
        assertThat(ok(elsewhere, "-c", config, "heads").out()).isEqualTo(after);
        assertThat(ok(elsewhere, "--config=" + config, "heads").out()).isEqualTo(after);
        assertThat(ok(elsewhere, "-c" + config, "heads").out()).isEqualTo(after);
    }

    @Test
    void urlEnvAndDebugBeforeTheCommand() {
        String url = "jdbc:sqlite:" + dir.resolve("other.db");
        ok(project, "--url", url, "upgrade", "head");
        assertThat(ok(project, "--debug", "--url", url, "current").out()).startsWith(DatabaseCommandsTest.HEAD);
        assertThat(ok(project, "current", "--url", url).out()).startsWith(DatabaseCommandsTest.HEAD);
        assertThat(ok(project, "current").out()).isEqualTo("(base: no revision applied)\n"); // the project's own app.db was not touched

        CliRun.Result before = CliRun.run(project, "--env", "nosuch", "current");
        CliRun.Result after = CliRun.run(project, "current", "--env", "nosuch");
        assertThat(before.toString()).isEqualTo(after.toString());
        assertThat(before.err()).doesNotContain("Unknown option");
    }

    @Test
    void anOptionTheCommandDoesNotTakeIsStillRefused() {
        CliRun.Result r = CliRun.run(project, "--nosuch", "heads");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option");
    }
}
