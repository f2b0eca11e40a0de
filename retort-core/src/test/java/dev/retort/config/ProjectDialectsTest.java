package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** [retort] dialects: written, validated with file:line, or derived from the file's urls. */
class ProjectDialectsTest {
    @TempDir
    Path dir;

    private RetortConfig load(String toml, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("retort.toml"), toml);
        return new ConfigLoader(dir, env).load(ConfigOverrides.none());
    }

    @Test
    void writtenNamesAreCanonicalAndKeepTheirOrder() throws IOException {
        RetortConfig c = load("""
                [retort]
                url = "jdbc:sqlite:app.db"
                dialects = ["sqlite", "postgres", "mariadb", "mysql"]
                """, Map.of());
        assertThat(c.dialects()).containsExactly("sqlite", "postgresql", "mysql");
    }

    @Test
    void withoutTheSettingTheEnvironmentsUrlsDecide() throws IOException {
        RetortConfig c = load("""
                [retort]
                url = "jdbc:sqlite:dev.db"

                [environments.prod]
                url = "jdbc:postgresql://db.example/app"

                [environments.staging]
                url = "${STAGING_URL}"

                [environments.legacy]
                url = "${LEGACY_URL}"
                """, Map.of("STAGING_URL", "jdbc:mariadb://stage/app"));
        // LEGACY_URL is unset: that environment's database is unknown, not an error
        assertThat(c.dialects()).containsExactly("sqlite", "postgresql", "mysql");
        assertThat(load("[retort]\nurl = \"jdbc:sqlite:dev.db\"\n", Map.of()).dialects()).containsExactly("sqlite");
    }

    @Test
    void anUnknownNameIsAUsageErrorAtItsLine() {
        RetortException e = catchThrowableOfType(RetortException.class, () -> load("""
                [retort]
                url = "jdbc:sqlite:app.db"
                dialects = ["sqlite", "oracle"]
                """, Map.of()));
        assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
        assertThat(e.getMessage()).isEqualTo(dir.resolve("retort.toml") + ":3: dialects: unknown database 'oracle'");
        assertThat(e.hint()).contains("postgresql");

        RetortException notAList = catchThrowableOfType(RetortException.class,
                () -> load("[retort]\ndialects = \"sqlite\"\n", Map.of()));
        assertThat(notAList.getMessage()).isEqualTo(dir.resolve("retort.toml") + ":2: dialects must be a non-empty list of database names");
        RetortException inEnvironment = catchThrowableOfType(RetortException.class,
                () -> load("[environments.prod]\ndialects = [\"sqlite\"]\n", Map.of()));
        assertThat(inEnvironment.getMessage()).contains(":2: unknown key 'dialects' in [environments.prod]");
    }
}
