package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The published JSON Schemas of docs/schemas, and real command output checked against them.
 * Formats (date-time) are asserted too: a consumer's validator may do so.
 */
final class JsonSchemas {
    static final Path DIR = Path.of("..", "docs", "schemas").toAbsolutePath().normalize();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> loaded = new HashMap<>();

    static Path file(String command) {
        return DIR.resolve(command + ".schema.json");
    }

    private Schema schema(String command) {
        return loaded.computeIfAbsent(command, c -> {
            try {
                return registry.getSchema(Files.readString(file(c)), InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What the schema of {@code command} finds wrong in {@code json}; empty when it conforms. */
    List<String> errors(String command, String json) {
        List<Error> errors = schema(command).validate(json, InputFormat.JSON,
                ctx -> ctx.executionConfig(b -> b.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }

    /**
     * Asserts that {@code r} exited with {@code code}, printed nothing on stderr but the error and
     * hint lines of a failure, and that its stdout conforms to the schema of {@code command};
     * returns stdout.
     */
    String valid(String command, CliRun.Result r, int code) {
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        if (code == 0) {
            assertThat(r.err()).as(r.toString()).isEmpty();
        } else {
            assertThat(r.err().lines()).as(r.toString()).allMatch(l -> l.startsWith("error: ") || l.startsWith("hint: "));
        }
        assertThat(r.out()).as(r.toString()).isNotBlank();
        assertThat(errors(command, r.out())).as(command + " --json output:\n" + r.out()).isEmpty();
        return r.out();
    }
}
