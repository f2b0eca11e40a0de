package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOverrides;
import dev.retort.config.RetortConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheDesignConfigTheVersionsFolderAndTheTemplates() throws IOException {
        CliRun.Result r = CliRun.run(dir, "init", "app");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("""
                Created app/migrations/versions/
                Created app/migrations/templates/revision.sql.tmpl
                Created app/migrations/templates/revision.java.tmpl
                Created app/retort.toml
                Created app/.gitignore
                Next: cd app && retort revision -m "create the first table"
                """);
        Path app = dir.resolve("app");
        assertThat(app.resolve("migrations/versions")).isDirectory();
        assertThat(Files.readString(app.resolve("migrations/templates/revision.sql.tmpl"))).contains("-- Revision ID: ${revision}");
        RetortConfig config = new ConfigLoader(app, Map.of()).load(ConfigOverrides.none());
        assertThat(config.url()).isEqualTo("jdbc:sqlite:" + app.toAbsolutePath().resolve("app.db")); // beside retort.toml
        assertThat(config.versionTable()).isEqualTo("retort_version");
        assertThat(config.scriptLocation()).isEqualTo(app.resolve("migrations"));
        assertThat(new ConfigLoader(app, Map.of("DATABASE_URL", "jdbc:h2:mem:x")).load(ConfigOverrides.none()).url())
                .isEqualTo("jdbc:h2:mem:x");
    }

    @Test
    void refusesToOverwriteAnExistingConfig() throws IOException {
        Files.writeString(dir.resolve("retort.toml"), "# mine\n");
        CliRun.Result r = CliRun.run(dir, "init");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: retort.toml already exists\nhint: edit it, or run 'retort init' in another folder\n");
        assertThat(Files.readString(dir.resolve("retort.toml"))).isEqualTo("# mine\n");
        assertThat(dir.resolve("migrations")).doesNotExist();
    }
}
