package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The [model] section: sources, patterns, and one-line errors that name the file and line. */
class ModelConfigTest {
    @TempDir
    Path dir;

    private RetortConfig load(String toml, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("retort.toml"), toml);
        return new ConfigLoader(dir, env).load(ConfigOverrides.none());
    }

    private RetortException failure(String toml) {
        Throwable t = catchThrowable(() -> load(toml, Map.of()));
        assertThat(t).isInstanceOf(RetortException.class);
        assertThat(((RetortException) t).kind()).isEqualTo(RetortException.Kind.USAGE);
        return (RetortException) t;
    }

    @Test
    void schemaFileIsRelativeToTheConfigAndPatternsAreLists() throws IOException {
        RetortConfig c = load("""
                [retort]
                url = "jdbc:sqlite:app.db"

                [model]
                schema = "db/schema.sql"
                include = ["app_*"]
                exclude = ["app_tmp*", "${SKIP:-legacy}"]
                """, Map.of());
        assertThat(c.model().schema()).isEqualTo(dir.toAbsolutePath().resolve("db/schema.sql"));
        assertThat(c.model().include()).containsExactly("app_*");
        assertThat(c.model().exclude()).containsExactly("app_tmp*", "legacy");
        assertThat(c.model().isSet()).isTrue();
    }

    @Test
    void urlAndJpaSources() throws IOException {
        RetortConfig url = load("""
                [model]
                url = "${MODEL_URL}"
                password = "s3cret"
                """, Map.of("MODEL_URL", "jdbc:h2:mem:model"));
        assertThat(url.model().url()).isEqualTo("jdbc:h2:mem:model");
        assertThat(url.model().toString()).doesNotContain("s3cret");
        RetortConfig jpa = load("""
                [model]
                jpa = { classpath = ["target/classes"], packages = ["com.example.model"] }
                """, Map.of());
        assertThat(jpa.model().jpa().classpath()).containsExactly(dir.toAbsolutePath().resolve("target/classes"));
        assertThat(jpa.model().jpa().packages()).isEqualTo(List.of("com.example.model"));
    }

    @Test
    void withoutAModelSectionAutogenerateSaysHowToAddOne() throws IOException {
        RetortConfig c = load("[retort]\nurl = \"jdbc:sqlite:x.db\"\n", Map.of());
        assertThat(c.model().isSet()).isFalse();
        Throwable t = catchThrowable(() -> c.model().require());
        assertThat(((RetortException) t).hint()).contains("[model]").contains("schema =");
    }

    @Test
    void mistakesNameTheFileAndLine() {
        Path file = dir.resolve("retort.toml");
        assertThat(failure("[model]\nschema = \"a.sql\"\nurl = \"jdbc:h2:mem:x\"\n").getMessage())
                .isEqualTo(file + ":1: [model] names more than one model (schema, url, jpa)");
        assertThat(failure("[model]\nschemas = \"a.sql\"\n").getMessage())
                .isEqualTo(file + ":2: unknown key 'schemas' in [model]");
        assertThat(failure("[model]\ninclude = \"app_*\"\n").getMessage())
                .isEqualTo(file + ":2: 'include' in [model] must be a list of strings");
        assertThat(failure("[model]\nschema = 3\n").getMessage())
                .isEqualTo(file + ":2: 'schema' in [model] must be a string");
        assertThat(failure("[model]\njpa = { packages = [\"x\"], jars = [] }\n").getMessage())
                .isEqualTo(file + ":2: unknown key 'jars' in [model] jpa");
        assertThat(failure("[model]\nurl = \"${NOPE}\"\n").getMessage()).startsWith(file + ":2: model.url: ");
    }
}
