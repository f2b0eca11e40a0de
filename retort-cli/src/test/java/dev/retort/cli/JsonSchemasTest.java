package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.retort.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

        assertThat(schemas.valid("show", CliRun.run(q, "show", "nosuchrev", "--json"), 2))
                .contains("\"kind\" : \"usage\"").contains("\"exit_code\" : 2").contains("No such revision");
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
        // a failed run says what ran, what broke and where the database is now
        assertThat(schemas.valid("upgrade", CliRun.run(q, "upgrade", "head", "--json"), 1))
                .contains("\"revisions\" : [ ]").contains("\"at\" : [ \"6fc2814d7065\" ]")
                .contains("\"revision\" : \"7a1b00000001\"").contains("\"statement\" : 2").contains("\"line\" : 10")
                .contains("\"file\" : \"migrations/versions/7a1b00000001_broken_half_way.sql\"")
                .contains("\"sql\" : \"INSERT INTO no_such_table VALUES (1)\"").contains("no such table: no_such_table")
                .contains("\"outcome\" : \"marked_failed\"").contains("\"kind\" : \"failed\"");
        assertThat(schemas.valid("current", CliRun.run(q, "current", "--json"), 0))
                .contains("\"direction\" : \"upgrade\"").contains("\"statement\" : 2");
        assertThat(schemas.valid("downgrade", CliRun.run(q, "downgrade", "-1", "--json"), 1))
                .as("refused before anything ran: no revision broke").contains("\"failed\" : null")
                .contains("\"revisions\" : [ ]").contains("revision 7a1b00000001 failed during upgrade");
        assertThat(schemas.valid("repair", CliRun.run(q, "repair", "--json"), 0))
                .contains("\"revision\" : \"7a1b00000001\"").contains("\"direction\" : \"none\"");
        assertThat(schemas.valid("stamp", CliRun.run(q, "stamp", "nosuchrev", "--json"), 2)).contains("\"kind\" : \"usage\"");
        Files.delete(q.resolve("migrations/versions/7a1b00000001_broken_half_way.sql"));
        assertThat(schemas.valid("stamp", CliRun.run(q, "stamp", "1a7f3c9e2b10", "--json"), 0))
                .contains("\"direction\" : \"downgrade\"").contains("\"at\" : [ \"1a7f3c9e2b10\" ]").doesNotContain("\"direction\" : null");
        assertThat(schemas.valid("stamp", CliRun.run(q, "stamp", "--purge", "head", "--json"), 0))
                .contains("\"purged\" : 1").contains("\"direction\" : \"upgrade\"");
    }

    /** A rolled-back revision: nothing of it took effect, the database is at the revision before it. */
    @Test
    void aRolledBackRevisionSaysSo() throws IOException {
        Path q = CliRun.quickstart(dir);
        schemas.valid("upgrade", CliRun.run(q, "upgrade", "head", "--json"), 0);
        Files.writeString(q.resolve("migrations/versions/7a1b00000001_broken_half_way.sql"), BROKEN.replace("-- Transaction: none\n", ""));
        assertThat(schemas.valid("upgrade", CliRun.run(q, "upgrade", "head", "--json"), 1))
                .contains("\"outcome\" : \"rolled_back\"").contains("\"at\" : [ \"6fc2814d7065\" ]");
        assertThat(schemas.valid("current", CliRun.run(q, "current", "--json"), 0)).contains("\"pending\" : [ \"7a1b00000001\" ]")
                .doesNotContain("\"revision\" : \"7a1b00000001\"").doesNotContain("\"direction\" : \"upgrade\"");
    }

    /**
     * Every --json command, failing before it does anything (an invalid retort.toml, an unknown
     * option), prints the one error document, valid against its schema, and exits 2.
     */
    @Test
    void everyJsonCommandPrintsTheErrorDocumentOnBadInput() throws IOException {
        Path q = CliRun.quickstart(dir);
        Files.writeString(q.resolve("retort.toml"), "[retort]\nscript_location = migrations\n");
        for (String command : commandsWithJson()) {
            String[] args = command.equals("show") ? new String[] {command, "head", "--json"}
                    : command.equals("upgrade") || command.equals("downgrade") || command.equals("stamp")
                            ? new String[] {command, "base", "--json"} : new String[] {command, "--json"};
            CliRun.Result bad = CliRun.run(q, args);
            assertThat(schemas.valid(command, bad, 2)).as(command).contains("\"kind\" : \"usage\"")
                    .contains("retort.toml:2:");
            String[] unknown = java.util.Arrays.copyOf(args, args.length + 1);
            unknown[args.length] = "--frobnicate";
            assertThat(schemas.valid(command, CliRun.run(q, unknown), 2)).as(command).contains("Unknown option: '--frobnicate'");
        }
        CliRun.Result sarif = CliRun.run(q, "lint", "--format", "sarif", "--json");
        assertThat(sarif.code()).isEqualTo(2);
        assertThat(sarif.out()).as("--format sarif wins: no JSON error document").isEmpty();
        CliRun.Result text = CliRun.run(q, "heads");
        assertThat(text.code()).isEqualTo(2);
        assertThat(text.out()).as("without --json the error is on stderr only").isEmpty();
    }

    /** A database that cannot be opened: the commands that need it fail (exit 1) with the error document, valid. */
    @Test
    void aDatabaseThatCannotBeOpenedIsAFailedErrorForEveryCommandThatNeedsIt() throws IOException {
        Path q = CliRun.quickstart(dir);
        String url = "jdbc:sqlite:" + dir.resolve("no-such-folder").resolve("app.db");
        for (List<String> args : List.of(List.of("current"), List.of("upgrade", "head"), List.of("downgrade", "base"),
                List.of("stamp", "head"), List.of("repair"), List.of("verify"))) {
            List<String> all = new ArrayList<>(args);
            all.addAll(List.of("--json", "--url", url));
            String out = schemas.valid(args.get(0), CliRun.run(q, all.toArray(String[]::new)), 1);
            assertThat(out).as(args.toString()).contains("\"kind\" : \"failed\"").contains("\"exit_code\" : 1")
                    .contains("cannot connect to jdbc:sqlite:");
            if (!args.get(0).equals("current") && !args.get(0).equals("verify")) {
                assertThat(out).as(args + ": nothing ran, and where the database is cannot be told")
                        .contains("\"revisions\" : [ ]").contains("\"at\" : null").contains("\"failed\" : null");
            }
        }
        assertThat(schemas.valid("check", CliRun.run(q, "check", "--json"), 2)).contains("no model is configured");
        assertThat(schemas.valid("history", CliRun.run(q, "history", "-i", "--json"), 2)).contains("\"kind\" : \"usage\"");
    }

    /** One error shape: every schema carries the same definition of "error", and the reference documents it. */
    @Test
    void everySchemaDefinesTheSameErrorAndNoCommandUsesOtherNamesForRevisionsOrTimes() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = null;
        for (String command : commandsWithJson()) {
            JsonNode schema = mapper.readTree(Files.readString(JsonSchemas.file(command)));
            JsonNode error = schema.at("/$defs/error");
            assertThat(error.isMissingNode()).as(command).isFalse();
            if (first == null) {
                first = error;
            }
            assertThat(error).as(command + "'s error definition").isEqualTo(first);
            List<String> names = new ArrayList<>();
            schema.findParents("properties").forEach(p -> names.addAll(p.get("properties").propertyNames()));
            assertThat(names).as(command + ": revisions are 'revision', durations '..ms'").doesNotContain("id", "seconds");
        }
        assertThat(Files.readString(CommandsReferenceTest.FILE)).contains("{\"error\": {\"kind\", \"exit_code\", \"message\", \"details\", \"hint\"}}");
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
        assertThat(schemas.valid("lint", CliRun.run(q, "lint", "--dialect", "mariadb", "--json"), 1))
                .as("the database as the user has it, though the mysql rules judge it").contains("\"dialect\" : \"mariadb\"");
        assertThat(schemas.valid("lint", CliRun.run(q, "lint", "--dialect", "postgres", "--json"), 1))
                .as("a spelling is not another database").contains("\"dialect\" : \"postgresql\"");
    }

    @Test
    void verifyPassingAndFailing() throws IOException {
        Path q = CliRun.quickstart(dir);
        assertThat(schemas.valid("verify", CliRun.run(q, "verify", "--json"), 0)).contains("\"failure\" : null")
                .contains("\"revision\" : \"1a7f3c9e2b10\"").contains("\"path\" : \"migrations/versions/1a7f3c9e2b10_create_users_table.sql\"");
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
