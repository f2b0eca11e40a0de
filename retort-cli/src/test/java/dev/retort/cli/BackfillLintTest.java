package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL {@code DO $$ ... $$} block that only updates rows is a data change for lint (its
 * body read through the lexer's dollar-quoted string), and the statement runs as written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackfillLintTest {
    private final TestDatabases databases = new TestDatabases(BackfillLintTest.class);
    private final JsonSchemas schemas = new JsonSchemas();

    @TempDir
    Path dir;

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    private static String revision(String body) {
        return """
                -- Backfill
                --
                -- Revision ID: 7c
                -- Revises: 6fc2814d7065

                -- +upgrade
                %s

                -- +downgrade
                """.formatted(body);
    }

    private String emptyDowngradeMessage(Path q, String body) throws Exception {
        Files.writeString(q.resolve("migrations/versions/7c_backfill.sql"), revision(body));
        String json = schemas.valid("lint", CliRun.run(q, "lint", "--dialect", "postgresql", "7c", "--json"), 0);
        assertThat(json).contains("\"code\" : \"empty-downgrade\"");
        return json;
    }

    @Test
    void aDoBlockThatOnlyUpdatesRowsIsData() throws Exception {
        Path q = CliRun.quickstart(dir);
        String backfill = """
                DO $$
                BEGIN
                  UPDATE users SET name = upper(name) WHERE name <> 'DROP TABLE users';
                  INSERT INTO orders (user_id) SELECT id FROM users WHERE false;
                END
                $$;""";
        assertThat(emptyDowngradeMessage(q, backfill)).contains("the upgrade only changes data");
        assertThat(emptyDowngradeMessage(q, backfill.replace("DO $$", "DO LANGUAGE plpgsql $body$").replace("\n$$;", "\n$body$;")))
                .contains("the upgrade only changes data");
        assertThat(emptyDowngradeMessage(q, "DO $$ BEGIN ALTER TABLE users ADD COLUMN z INT; UPDATE users SET z = 1; END $$;"))
                .as("DDL in the block").contains("the upgrade changes the schema");
        assertThat(emptyDowngradeMessage(q, "DO $$ BEGIN EXECUTE 'UPDATE users SET name = name'; END $$;"))
                .as("dynamic SQL lint cannot read").contains("the upgrade changes the schema");
    }

    @Test
    void theBackfillRunsOnPostgresql() throws Exception {
        Db db = databases.get(Kind.POSTGRESQL);
        Path q = CliRun.quickstart(dir);
        Map<String, String> env = Map.of("DATABASE_URL", db.url());
        assertThat(CliRun.run(q, env, "upgrade", "head").code()).isZero();
        db.execute("INSERT INTO users (id, name, email) VALUES (1, 'ann', 'ann@example.com')");
        Files.writeString(q.resolve("migrations/versions/7c_backfill.sql"), revision("""
                DO $$
                BEGIN
                  UPDATE users SET name = upper(name);
                END
                $$;"""));
        CliRun.Result lint = CliRun.run(q, env, "lint", "--json");
        assertThat(schemas.valid("lint", lint, 0)).contains("\"revisions\" : [ \"7c\" ]").contains("the upgrade only changes data");
        CliRun.Result up = CliRun.run(q, env, "upgrade", "head");
        assertThat(up.code()).as(up.toString()).isZero();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM users")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ANN");
        }
    }
}
