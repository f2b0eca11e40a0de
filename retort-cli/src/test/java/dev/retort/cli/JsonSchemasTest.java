package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.retort.Operation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command's --json output, run for real on SQLite in success and in failure, conforms to
 * its published schema in docs/schemas; and every command with --json has one.
 */
class JsonSchemasTest {
    /** Fails half way; without a transaction it leaves a failed marker, on every database. */
    static final String BROKEN = """
            -- Broken half way
            --
            -- Revision ID: 7a1b00000001
            -- Revises: 6fc2814d7065
            -- Create Date: 2025-01-11 10:00:00
            -- Transaction: none

            -- +upgrade
            CREATE TABLE half_done (x INTEGER);
            INSERT INTO no_such_table VALUES (1);

            -- +downgrade
            DROP TABLE half_done;
            """;

    @TempDir
    Path dir;

    private final JsonSchemas schemas = new JsonSchemas();

    /** The commands that take --json, read from picocli's model of Main's commands. */
    static Set<String> commandsWithJson() {
        CliContext ctx = new CliContext(Path.of("."), Map.of(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Clock.systemUTC(), new Random(1));
        return Main.commandLine(ctx, new String[0]).getSubcommands().entrySet().stream()
                .filter(e -> e.getValue().getCommandSpec().findOption("--json") != null)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyCommandWithJsonHasASchemaAndEverySchemaACommand() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(JsonSchemas.DIR)) {
            files = list.map(p -> p.getFileName().toString().replace(".schema.json", "")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(commandsWithJson()).as("a new command with --json needs docs/schemas/<command>.schema.json")
                .contains("upgrade", "doctor", "check")
                .isEqualTo(files);
    }

    @Test
    void everySchemaIsAValidDraft202012SchemaNamedAfterItsCommand() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        var meta = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        for (String command : commandsWithJson()) {
            String text = Files.readString(JsonSchemas.file(command));
            assertThat(meta.validate(text, InputFormat.JSON)).as(command).isEmpty();
            assertThat(text).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
                    .contains("\"$id\": \"https://retort.dev/schemas/" + command + ".schema.json\"");
        }
    }

    @Test
    void checksOperationEnumNamesEveryOperation() throws IOException {
        String schema = Files.readString(JsonSchemas.file("check"));
        for (Class<?> op : Operation.class.getPermittedSubclasses()) {
            String name = Character.toLowerCase(op.getSimpleName().charAt(0)) + op.getSimpleName().substring(1);
            assertThat(schema).as("a new operation needs its name in check.schema.json's enum").contains("\"" + name + "\"");
        }
    }

    @Test
    void aRenamedOrMissingFieldOrAnUnknownValueIsCaught() throws IOException {
        Path q = CliRun.quickstart(dir);
        String heads = schemas.valid("heads", CliRun.run(q, "heads", "--json"), 0);
        assertThat(schemas.errors("heads", heads.replace("\"is_head\"", "\"isHead\""))).isNotEmpty();
        assertThat(schemas.errors("heads", heads.replace("\"message\"", "\"message_\""))).isNotEmpty();
        String up = schemas.valid("upgrade", CliRun.run(q, "upgrade", "head", "--json"), 0);
        assertThat(schemas.errors("upgrade", up.replace("\"upgrade\"", "\"up\""))).isNotEmpty();
        assertThat(schemas.errors("downgrade", up)).as("a downgrade's operation is downgrade").isNotEmpty();
        assertThat(schemas.errors("upgrade", up.replaceFirst("\"total_ms\" : \\d+", "\"total_ms\" : \"5\""))).isNotEmpty();
    }

    @Test
    void graphCommands() throws IOException {
        Path q = CliRun.quickstart(dir);
        assertThat(schemas.valid("heads", CliRun.run(q, "heads", "--json"), 0)).contains("\"is_head\" : true");
        schemas.valid("heads", CliRun.run(q, "heads", "--resolve-dependencies", "--json"), 0);
        assertThat(schemas.valid("branches", CliRun.run(q, "branches", "--json"), 0)).contains("\"is_branch_point\" : true");
        assertThat(schemas.valid("history", CliRun.run(q, "history", "--json"), 0)).contains("\"is_merge_point\" : true");
        assertThat(schemas.valid("history", CliRun.run(q, "history", "-r", "base:2b8e4d0f3c21", "--json"), 0))
                .contains("\"revises\" : [ ]");
        schemas.valid("show", CliRun.run(q, "show", "head", "--json"), 0);
        schemas.valid("show", CliRun.run(q, "show", "1a7f", "--json"), 0);

        CliRun.Result missing = CliRun.run(q, "show", "nosuchrev", "--json");
        assertThat(missing.code()).as(missing.toString()).isNotZero();
        assertThat(missing.out()).as("errors go to stderr only").isEmpty();
    }

    @Test
    void runCommandsAndCurrentInSuccessAndFailure() throws IOException {
        Path q = CliRun.quickstart(dir);
        assertThat(schemas.valid("current", CliRun.run(q, "current", "--json"), 0)).contains("\"heads\" : [ ]");
        schemas.valid("upgrade", CliRun.run(q, "upgrade", "head", "--json"), 0);
        schemas.valid("upgrade", CliRun.run(q, "upgrade", "head", "--json"), 0);
        assertThat(schemas.valid("current", CliRun.run(q, "current", "--json"), 0)).contains("\"kind\" : \"applied\"");
        schemas.valid("downgrade", CliRun.run(q, "downgrade", "2b8e4d0f3c21", "--json"), 0);
        schemas.valid("downgrade", CliRun.run(q, "downgrade", "base", "--json"), 0);
        schemas.valid("stamp", CliRun.run(q, "stamp", "head", "--json"), 0);
        assertThat(schemas.valid("current", CliRun.run(q, "current", "--json"), 0)).contains("\"kind\" : \"stamped\"")
                .contains("\"execution_ms\" : null");
        schemas.valid("stamp", CliRun.run(q, "stamp", "base", "--json"), 0);
        schemas.valid("repair", CliRun.run(q, "repair", "--json"), 0);
        schemas.valid("upgrade", CliRun.run(q, "upgrade", "head", "--json"), 0);

        Files.writeString(q.resolve("migrations/versions/7a1b00000001_broken_half_way.sql"), BROKEN);
        CliRun.Result failed = CliRun.run(q, "upgrade", "head", "--json");
        assertThat(failed.code()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.out()).as("a failed run prints no JSON; the error is on stderr").isEmpty();
        assertThat(failed.err()).startsWith("error: ");
        assertThat(schemas.valid("current", CliRun.run(q, "current", "--json"), 0))
                .contains("\"direction\" : \"upgrade\"").contains("\"statement\" : 2");
        CliRun.Result refused = CliRun.run(q, "downgrade", "-1", "--json");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(schemas.valid("repair", CliRun.run(q, "repair", "--json"), 0)).contains("\"revision\" : \"7a1b00000001\"");
        CliRun.Result bad = CliRun.run(q, "stamp", "nosuchrev", "--json");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void doctorCleanWithFindingsWithARepairAndWithADatabase() throws IOException {
        Path q = CliRun.quickstart(dir);
        assertThat(schemas.valid("doctor", CliRun.run(q, "doctor", "--json"), 0)).contains("\"clean\" : true");
        assertThat(CliRun.run(q, "upgrade", "head").code()).isZero();
        assertThat(schemas.valid("doctor", CliRun.run(q, "doctor", "--format", "json"), 0)).contains("\"applied\" : 6");

        Path fixture = doctorFixture("filename-as-parent");
        assertThat(schemas.valid("doctor", CliRun.run(fixture, "doctor", "versions", "--json"), 1))
                .contains("\"severity\" : \"error\"").contains("\"repair\" : null");
        assertThat(schemas.valid("doctor", CliRun.run(fixture, "doctor", "versions", "--fix", "--json"), 1))
                .contains("\"written\" : false").contains("+Revises: 20251011_admin_chat");
        schemas.valid("doctor", CliRun.run(fixture, "doctor", "versions", "--fix", "--apply", "--json"), 0);
        Path threeRoots = doctorFixture("three-roots");
        schemas.valid("doctor", CliRun.run(threeRoots, "doctor", "versions", "--json", "--fix"), 1);
        Path emptyDowngrade = doctorFixture("empty-downgrade");
        schemas.valid("doctor", CliRun.run(emptyDowngrade, "doctor", "versions", "--json", "--strict"), 1);
    }

    @Test
    void lintCleanWithFindingsAndSilenced() throws IOException {
        Path q = CliRun.quickstart(dir);
        CliRun.Result clean = CliRun.run(q, "lint", "--json");
        schemas.valid("lint", clean, clean.code());
        Path versions = q.resolve("migrations/versions");
        Files.writeString(versions.resolve("7b_drop.sql"), """
                -- Drop things
                --
                -- Revision ID: 7b
                -- Revises: 6fc2814d7065

                -- +upgrade
                ALTER TABLE users DROP COLUMN email;
                -- retort:allow drop-table reporting moved to the warehouse
                DROP TABLE report_rows;

                -- +downgrade
                SELECT 1;
                """);
        assertThat(schemas.valid("lint", CliRun.run(q, "lint", "--json"), 1)).contains("\"code\" : \"drop-column\"");
        assertThat(schemas.valid("lint", CliRun.run(q, "lint", "--dialect", "postgresql", "--format", "json", "-v"), 1))
                .contains("\"dialect\" : \"postgresql\"");
    }

    @Test
    void verifyPassingAndFailing() throws IOException {
        Path q = CliRun.quickstart(dir);
        assertThat(schemas.valid("verify", CliRun.run(q, "verify", "--json"), 0)).contains("\"failure\" : null");
        Files.writeString(q.resolve("migrations/versions/7a_shout.sql"), """
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
        assertThat(schemas.valid("verify", CliRun.run(q, "verify", "--from", "7a", "--data", "verify-data", "--json"), 1))
                .contains("\"step\" : \"data\"");
        Files.writeString(q.resolve("migrations/versions/7a_shout.sql"), """
                -- Forget the downgrade
                --
                -- Revision ID: 7a
                -- Revises: 6fc2814d7065

                -- +upgrade
                CREATE TABLE audit (id INTEGER);

                -- +downgrade
                SELECT 1;
                """);
        assertThat(schemas.valid("verify", CliRun.run(q, "verify", "--json"), 1)).contains("\"step\" : \"downgrade\"");
    }

    @Test
    void checkWithDriftAndWithout() throws IOException {
        Files.writeString(dir.resolve("retort.toml"), """
                [retort]
                script_location = "migrations"
                url = "jdbc:sqlite:app.db"

                [model]
                schema = "schema.sql"
                """);
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("schema.sql"), """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL);
                CREATE INDEX ix_users_email ON users (email);
                """);
        assertThat(schemas.valid("check", CliRun.run(dir, "check", "--json"), 1))
                .contains("\"operation\" : \"createTable\"").contains("\"operation\" : \"createIndex\"");
        CliRun.Result first = CliRun.run(dir, "revision", "--autogenerate", "-m", "first", "--rev-id", "r1");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(CliRun.run(dir, "upgrade", "head").code()).isZero();
        assertThat(schemas.valid("check", CliRun.run(dir, "check", "--json"), 0)).contains("\"changes\" : 0");
        Files.writeString(dir.resolve("schema.sql"), """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(200), name TEXT);
                CREATE TABLE orders (id INTEGER PRIMARY KEY, total NUMERIC(10, 2));
                """);
        assertThat(schemas.valid("check", CliRun.run(dir, "check", "--json"), 1))
                .contains("\"operation\" : \"addColumn\"").contains("\"operation\" : \"dropIndex\"");
    }

    /** A copy of a doctor scenario from retort-core's test fixtures. */
    private Path doctorFixture(String name) throws IOException {
        Path source = Path.of("..", "retort-core", "src", "test", "resources", "doctor", name).toAbsolutePath().normalize();
        Path target = dir.resolve(name);
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : paths.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }
}
