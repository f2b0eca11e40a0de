package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The --json outputs whose content depends on the database (current's url and failed markers,
 * lint's dialect, doctor's version table, verify's scratch database) conform to their schemas on
 * PostgreSQL and MariaDB too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerJsonSchemasTest {
    private final TestDatabases databases = new TestDatabases(ServerJsonSchemasTest.class);
    private final JsonSchemas schemas = new JsonSchemas();

    @TempDir
    Path dir;

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void databaseCommands(Kind kind) throws Exception {
        Db db = databases.get(kind);
        Path q = CliRun.quickstart(dir);
        Map<String, String> env = Map.of("DATABASE_URL", db.url());

        assertThat(schemas.valid("current", CliRun.run(q, env, "current", "--json"), 0)).contains("\"heads\" : [ ]");
        schemas.valid("upgrade", CliRun.run(q, env, "upgrade", "head", "--json"), 0);
        assertThat(schemas.valid("current", CliRun.run(q, env, "current", "--json"), 0)).contains("\"kind\" : \"applied\"");
        assertThat(schemas.valid("doctor", CliRun.run(q, env, "doctor", "--json"), 0)).contains("\"name\" : \"retort_version\"");
        String dialect = kind == Kind.POSTGRESQL ? "postgresql" : "mariadb"; // as the user has it: a jdbc:mariadb: url
        CliRun.Result lint = CliRun.run(q, env, "lint", "--json");
        assertThat(schemas.valid("lint", lint, lint.code())).contains("\"dialect\" : \"" + dialect + "\"");
        schemas.valid("verify", CliRun.run(q, env, "verify", "--json"), 0);

        Files.writeString(q.resolve("migrations/versions/7a1b00000001_broken_half_way.sql"), JsonSchemasTest.BROKEN);
        assertThat(schemas.valid("upgrade", CliRun.run(q, env, "upgrade", "head", "--json"), 1))
                .contains("\"outcome\" : \"marked_failed\"").contains("\"statement\" : 2").contains("\"line\" : 10")
                .contains("\"at\" : [ \"6fc2814d7065\" ]").contains("no_such_table");
        assertThat(schemas.valid("current", CliRun.run(q, env, "current", "--json"), 0))
                .contains("\"sql\" : \"INSERT INTO no_such_table VALUES (1)\"");
        assertThat(schemas.valid("doctor", CliRun.run(q, env, "doctor", "--json"), 1)).contains("\"code\" : \"failed-revision\"");
        db.execute("DROP TABLE half_done");
        schemas.valid("repair", CliRun.run(q, env, "repair", "--json"), 0);
        schemas.valid("downgrade", CliRun.run(q, env, "downgrade", "base", "--json"), 0);
        assertThat(schemas.valid("stamp", CliRun.run(q, env, "stamp", "heads", "--json"), 0)).contains("\"direction\" : \"upgrade\"");
        assertThat(schemas.valid("upgrade", CliRun.run(q, Map.of("DATABASE_URL", db.url().replaceFirst(":\\d+/", ":1/")),
                "upgrade", "head", "--json"), 1)).as("an unreachable database").contains("\"at\" : null").contains("\"failed\" : null");
    }
}
