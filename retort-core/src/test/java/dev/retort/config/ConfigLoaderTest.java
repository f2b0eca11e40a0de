package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final String DESIGN_EXAMPLE = """
            [retort]
            script_location = "migrations"
            url = "${DATABASE_URL:-jdbc:sqlite:app.db}"
            user = "${DB_USER:-}"
            password = "${DB_PASSWORD:-}"
            version_table = "retort_version"      # and retort_version_log beside it
            # schema = "app"

            [environments.prod]
            url = "${PROD_DATABASE_URL}"
            user = "deployer"
            """;

    @TempDir
    Path dir;

    private RetortConfig load(String toml, Map<String, String> env, ConfigOverrides flags) throws IOException {
        Files.writeString(dir.resolve("retort.toml"), toml);
        return new ConfigLoader(dir, env).load(flags);
    }

    /** What a relative SQLite url becomes: anchored in the config file's folder (here also the working directory). */
    private String sqlite(String file) {
        return "jdbc:sqlite:" + dir.toAbsolutePath().resolve(file);
    }

    private RetortException failure(String toml, Map<String, String> env, ConfigOverrides flags) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> load(toml, env, flags));
        assertThat(t).isInstanceOf(RetortException.class);
        RetortException e = (RetortException) t;
        assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
        return e;
    }

    @Test
    void designExampleUsesDefaultsWhenNothingIsSet() throws IOException {
        RetortConfig c = load(DESIGN_EXAMPLE, Map.of(), ConfigOverrides.none());
        assertThat(c.url()).isEqualTo(sqlite("app.db"));
        assertThat(c.user()).isEmpty();
        assertThat(c.password()).isEmpty();
        assertThat(c.versionTable()).isEqualTo("retort_version");
        assertThat(c.schema()).isEmpty();
        assertThat(c.transaction()).isEqualTo(RetortConfig.Transaction.PER_REVISION);
        assertThat(c.scriptLocation()).isEqualTo(dir.toAbsolutePath().resolve("migrations"));
        assertThat(c.versions()).isEqualTo(dir.toAbsolutePath().resolve("migrations/versions"));
        assertThat(c.file()).isEqualTo(dir.resolve("retort.toml"));
        assertThat(c.environment()).isEmpty();
    }

    @Test
    void variablesFromTheInjectedEnvironmentReplaceDefaults() throws IOException {
        RetortConfig c = load(DESIGN_EXAMPLE,
                Map.of("DATABASE_URL", "jdbc:postgresql://127.0.0.1/test", "DB_USER", "app", "DB_PASSWORD", "s3cret"),
                ConfigOverrides.none());
        assertThat(c.url()).isEqualTo("jdbc:postgresql://127.0.0.1/test");
        assertThat(c.user()).isEqualTo("app");
        assertThat(c.password()).isEqualTo("s3cret");
    }

    @Test
    void precedenceIsFlagsThenVariablesThenEnvironmentSectionThenRetortSection() throws IOException {
        String toml = """
                [retort]
                url = "jdbc:sqlite:base.db"
                user = "base"
                password = "basepw"
                schema = "base_schema"
                [environments.staging]
                url = "jdbc:sqlite:staging.db"
                user = "staging"
                """;
        RetortConfig base = load(toml, Map.of(), ConfigOverrides.none());
        assertThat(base.url()).isEqualTo(sqlite("base.db"));

        RetortConfig section = load(toml, Map.of(), ConfigOverrides.none().withEnvironment("staging"));
        assertThat(section.url()).isEqualTo(sqlite("staging.db"));
        assertThat(section.user()).isEqualTo("staging");
        assertThat(section.password()).isEqualTo("basepw");
        assertThat(section.schema()).isEqualTo("base_schema");
        assertThat(section.environment()).isEqualTo("staging");

        RetortConfig byVariable = load(toml, Map.of("RETORT_ENV", "staging", "RETORT_USER", "envuser"), ConfigOverrides.none());
        assertThat(byVariable.url()).isEqualTo(sqlite("staging.db"));
        assertThat(byVariable.user()).isEqualTo("envuser");

        RetortConfig variables = load(toml, Map.of("RETORT_URL", "jdbc:sqlite:var.db", "RETORT_PASSWORD", "varpw"),
                ConfigOverrides.none().withEnvironment("staging"));
        assertThat(variables.url()).isEqualTo(sqlite("var.db"));
        assertThat(variables.password()).isEqualTo("varpw");

        RetortConfig flags = load(toml, Map.of("RETORT_URL", "jdbc:sqlite:var.db"),
                new ConfigOverrides(null, "staging", "jdbc:sqlite:flag.db", "flaguser", "flagpw"));
        assertThat(flags.url()).isEqualTo(sqlite("flag.db"));
        assertThat(flags.user()).isEqualTo("flaguser");
        assertThat(flags.password()).isEqualTo("flagpw");
    }

    @Test
    void relativeSqliteUrlsResolveAgainstTheConfigFolderAndFlagsAgainstTheWorkingDirectory() throws IOException {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nurl = \"jdbc:sqlite:app.db?foreign_keys=on\"\n");
        Path sub = Files.createDirectories(dir.resolve("src/main"));
        RetortConfig fromFile = new ConfigLoader(sub, Map.of()).load(ConfigOverrides.none());
        assertThat(fromFile.url()).isEqualTo(sqlite("app.db") + "?foreign_keys=on");

        RetortConfig fromFlag = new ConfigLoader(sub, Map.of()).load(ConfigOverrides.none().withUrl("jdbc:sqlite:../x.db"));
        assertThat(fromFlag.url()).isEqualTo("jdbc:sqlite:" + dir.toAbsolutePath().resolve("src/x.db"));

        RetortConfig fromVariable = new ConfigLoader(sub, Map.of("RETORT_URL", "jdbc:sqlite:file:v.db")).load(ConfigOverrides.none());
        assertThat(fromVariable.url()).isEqualTo("jdbc:sqlite:file:" + sub.toAbsolutePath().resolve("v.db"));
    }

    @Test
    void envFlagWinsOverRetortEnvVariable() throws IOException {
        String toml = """
                [environments.a]
                url = "jdbc:sqlite:a.db"
                [environments.b]
                url = "jdbc:sqlite:b.db"
                """;
        RetortConfig c = load(toml, Map.of("RETORT_ENV", "a"), ConfigOverrides.none().withEnvironment("b"));
        assertThat(c.url()).isEqualTo(sqlite("b.db"));
    }

    @Test
    void unsetVariableWithoutDefaultIsAnErrorOnlyWhenItsValueIsUsed() throws IOException {
        RetortConfig notChosen = load(DESIGN_EXAMPLE, Map.of(), ConfigOverrides.none());
        assertThat(notChosen.url()).isEqualTo(sqlite("app.db"));

        RetortException e = failure(DESIGN_EXAMPLE, Map.of(), ConfigOverrides.none().withEnvironment("prod"));
        assertThat(e.getMessage()).isEqualTo(dir.resolve("retort.toml") + ":10: url: environment variable PROD_DATABASE_URL is not set");
        assertThat(e.hint()).isEqualTo("set PROD_DATABASE_URL, or give a default: ${PROD_DATABASE_URL:-value}");

        RetortConfig overridden = load(DESIGN_EXAMPLE, Map.of("RETORT_URL", "jdbc:h2:mem:x"), ConfigOverrides.none().withEnvironment("prod"));
        assertThat(overridden.url()).isEqualTo("jdbc:h2:mem:x");
        assertThat(overridden.user()).isEqualTo("deployer");
    }

    @Test
    void unknownKeyNamesTheKeyTheFileAndTheLine() {
        RetortException e = failure("""
                [retort]
                url = "jdbc:sqlite:x.db"
                scripts_location = "db"
                """, Map.of(), ConfigOverrides.none());
        assertThat(e.getMessage()).isEqualTo(dir.resolve("retort.toml") + ":3: unknown key 'scripts_location' in [retort]");
        assertThat(e.hint()).contains("script_location");
    }

    @Test
    void unknownKeyInAnUnchosenEnvironmentIsStillAnError() {
        RetortException e = failure("""
                [retort]
                url = "jdbc:sqlite:x.db"

                [environments.prod]
                uri = "jdbc:postgresql://db/prod"
                """, Map.of(), ConfigOverrides.none());
        assertThat(e.getMessage()).isEqualTo(dir.resolve("retort.toml") + ":5: unknown key 'uri' in [environments.prod]");
    }

    @Test
    void unknownSectionIsAnError() {
        RetortException e = failure("""
                [retort]
                url = "jdbc:sqlite:x.db"
                [alembic]
                script_location = "x"
                """, Map.of(), ConfigOverrides.none());
        assertThat(e.getMessage()).isEqualTo(dir.resolve("retort.toml") + ":3: unknown key 'alembic'");
    }

    @Test
    void nonStringValueAndBadTransactionAreErrors() {
        assertThat(failure("[retort]\nurl = 5\n", Map.of(), ConfigOverrides.none()).getMessage())
                .isEqualTo(dir.resolve("retort.toml") + ":2: 'url' in [retort] must be a string");
        assertThat(failure("[retort]\ntransaction = \"some\"\n", Map.of(), ConfigOverrides.none()).getMessage())
                .isEqualTo(dir.resolve("retort.toml") + ":2: transaction must be \"per-revision\" or \"all\", not \"some\"");
    }

    @Test
    void transactionAllIsRead() throws IOException {
        assertThat(load("[retort]\ntransaction = \"all\"\n", Map.of(), ConfigOverrides.none()).transaction())
                .isEqualTo(RetortConfig.Transaction.ALL);
    }

    @Test
    void invalidTomlIsAUsageError() {
        RetortException e = failure("[retort\nurl = \n", Map.of(), ConfigOverrides.none());
        assertThat(e.getMessage()).startsWith(dir.resolve("retort.toml") + ":1:8: not valid TOML: ");
    }

    @Test
    void undefinedEnvironmentListsTheDefinedOnes() {
        RetortException e = failure(DESIGN_EXAMPLE, Map.of("RETORT_ENV", "qa"), ConfigOverrides.none());
        assertThat(e.getMessage()).isEqualTo("environment 'qa' is not defined in " + dir.resolve("retort.toml"));
        assertThat(e.hint()).isEqualTo("add an [environments.qa] section, or pick one that exists (defined: prod)");
    }

    @Test
    void discoveryWalksUpToTheParentsAndAnchorsScriptLocationAtTheFile() throws IOException {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"db/migrations\"\n");
        Path deep = Files.createDirectories(dir.resolve("src/main/java"));
        RetortConfig c = new ConfigLoader(deep, Map.of()).load(ConfigOverrides.none());
        assertThat(c.file()).isEqualTo(dir.resolve("retort.toml"));
        assertThat(c.scriptLocation()).isEqualTo(dir.resolve("db/migrations"));
    }

    @Test
    void explicitConfigFileIsResolvedAgainstTheWorkingDirectory() throws IOException {
        Path other = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(other.resolve("custom.toml"), "[retort]\nurl = \"jdbc:h2:mem:c\"\n");
        RetortConfig c = new ConfigLoader(dir, Map.of()).load(ConfigOverrides.none().withConfigFile(Path.of("conf/custom.toml")));
        assertThat(c.url()).isEqualTo("jdbc:h2:mem:c");
        assertThat(c.scriptLocation()).isEqualTo(other.resolve("migrations"));
    }

    @Test
    void missingConfigFileIsAUsageErrorWithAHint() {
        assertThatThrownBy(() -> new ConfigLoader(dir, Map.of()).load(ConfigOverrides.none().withConfigFile(Path.of("nope.toml"))))
                .isInstanceOf(RetortException.class)
                .hasMessage("config file " + dir.resolve("nope.toml") + " does not exist");
        Path empty = dir.resolve("empty");
        RetortException e = (RetortException) org.assertj.core.api.Assertions.catchThrowable(() -> {
            Files.createDirectories(empty);
            new ConfigLoader(empty, Map.of()).locate(ConfigOverrides.none());
        });
        // Some parent of the temp dir might hold a retort.toml on a developer machine; only check when none does.
        if (e != null) {
            assertThat(e.getMessage()).isEqualTo("no retort.toml in " + empty + " or any parent directory");
            assertThat(e.hint()).contains("retort init");
        }
    }

    @Test
    void toStringNeverShowsThePassword() throws IOException {
        RetortConfig c = load("[retort]\nurl = \"jdbc:postgresql://u:topsecret@127.0.0.1/db?password=topsecret\"\npassword = \"topsecret\"\n",
                Map.of(), ConfigOverrides.none());
        assertThat(c.toString()).doesNotContain("topsecret");
        assertThat(c.maskedUrl()).isEqualTo("jdbc:postgresql://u:***@127.0.0.1/db?password=***");
    }
}
