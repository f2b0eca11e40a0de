package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * User text never becomes SQL or terminal control: a carriage return in a message does not end
 * the comment line of an offline script (psql runs the script and the victim table survives),
 * control characters are refused when a revision is written and shown escaped when read from
 * existing files, and an error is always one line.
 */
class ControlCharacterTest {
    static final String INJECTION = "x\rDROP TABLE victim; --";

    @TempDir
    Path dir;

    static Path project(Path dir) throws IOException {
        Path root = dir.resolve("p");
        Path versions = Files.createDirectories(root.resolve("migrations/versions"));
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"jdbc:sqlite:app.db\"\n");
        Files.writeString(versions.resolve("a1_sql.sql"), "-- " + INJECTION + "\n-- red \u001b[31mtext\u009b2J\n"
                + "--\n-- Revision ID: a1\n-- Revises:\n-- Create Date: 2025-10-16 09:12:44\n\n"
                + "-- +upgrade\nCREATE TABLE made_by_a1 (id INTEGER);\n\n-- +downgrade\nDROP TABLE made_by_a1;\n",
                StandardCharsets.UTF_8);
        Files.writeString(versions.resolve("b2_java.java"), """
                import dev.retort.Migration;
                import dev.retort.Ops;
                import dev.retort.Revision;

                @Revision(id = "b2", revises = "a1", created = "2025-10-16 09:13:44",
                          message = "y\\rDROP TABLE victim; -- \\u2028DROP TABLE victim; -- \u0085DROP TABLE victim; --")
                public class Rb2_java implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        op.execute("CREATE TABLE made_by_b2 (id INTEGER)", "DROP TABLE made_by_b2");
                    }
                }
                """, StandardCharsets.UTF_8);
        Files.writeString(versions.resolve("c3_alembic.py"), "\"\"\"z\u001b]0;owned\u0007\r\n\nRevision ID: c3\nRevises: b2\n\"\"\"\n"
                + "revision = 'c3'\ndown_revision = 'b2'\nbranch_labels = None\ndepends_on = None\n"
                + "\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n", StandardCharsets.UTF_8);
        return root;
    }

    @Test
    void psqlRunsTheOfflineScriptAndTheVictimSurvives() throws Exception {
        Path project = project(dir);
        Files.delete(project.resolve("migrations/versions/c3_alembic.py")); // Alembic files never run
        CliRun.Result script = CliRun.run(project, "upgrade", "head", "--sql", "--dialect", "postgresql");
        assertThat(script.code()).as(script.toString()).isZero();
        assertThat(script.out()).contains("-- Running upgrade  -> a1, x\\rDROP TABLE victim; --\n")
                .doesNotContain("\r").doesNotContain("\u2028").doesNotContain("\u0085");
        Path sql = dir.resolve("deploy.sql");
        Files.writeString(sql, script.out(), StandardCharsets.UTF_8);

        try (ServerDatabases db = new ServerDatabases(ServerDatabases.Kind.POSTGRESQL, dir)) {
            db.execute("CREATE TABLE victim (id INTEGER)", "INSERT INTO victim VALUES (1), (2), (3)");
            String name = db.url.substring(db.url.lastIndexOf('/') + 1, db.url.indexOf('?'));
            Process psql;
            try {
                psql = new ProcessBuilder("psql", "-X", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", name,
                        "-v", "ON_ERROR_STOP=1", "-f", sql.toString()).redirectErrorStream(true).start();
            } catch (IOException e) {
                Assumptions.assumeFalse(!"1".equals(System.getenv("RETORT_REQUIRE_DATABASES")), "psql is not installed");
                throw e;
            }
            String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(psql.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(psql.exitValue()).as(output).isZero();
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM victim")) {
                rs.next();
                assertThat(rs.getInt(1)).as("rows of victim after psql ran the script").isEqualTo(3);
            }
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id FROM retort_version ORDER BY id")) {
                assertThat(rs.next() && rs.getString(1).equals("a1") && rs.next() && rs.getString(1).equals("b2")).isTrue();
            }
        }
    }

    @Test
    void terminalOutputShowsControlCharactersEscaped() throws Exception {
        Path project = project(dir);
        for (List<String> command : List.of(List.of("history"), List.of("history", "-v"), List.of("heads", "-v"),
                List.of("show", "a1"), List.of("show", "b2"), List.of("show", "c3"), List.of("branches", "-v"),
                List.of("doctor"), List.of("history", "--json"), List.of("upgrade", "head"), List.of("current", "-v"),
                List.of("history", "-i"), List.of("lint"), List.of("upgrade", "head", "--sql"))) {
            CliRun.Result r = CliRun.run(project, command.toArray(String[]::new));
            String all = r.out() + r.err();
            assertThat(all.codePoints().filter(cp -> cp != '\n' && (cp < 0x20 || cp == 0x7f || cp >= 0x80 && cp <= 0x9f
                    || cp == 0x2028 || cp == 0x2029)).toArray()).as(command + "\n" + r).isEmpty();
        }
        assertThat(CliRun.run(project, "show", "a1").out()).contains("x\\rDROP TABLE victim; --").contains("red \\u001b[31mtext\\u009b2J");
        assertThat(CliRun.run(project, "history").out()).contains("y\\rDROP TABLE victim; -- \\u2028DROP")
                .contains("z\\u001b]0;owned\\u0007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-m", "--branch-label", "--rev-id"})
    void newTextWithAControlCharacterIsRefused(String option) throws Exception {
        Path project = project(dir);
        // a second head, so that merge heads has something to merge
        Files.writeString(project.resolve("migrations/versions/d4_root.sql"),
                "-- Second root\n--\n-- Revision ID: d4\n-- Revises:\n\n-- +upgrade\n\n-- +downgrade\n");
        try (Stream<Path> before = Files.list(project.resolve("migrations/versions"))) {
            long files = before.count();
            for (String bad : List.of("a\rb", "a\u001b[2Jb", "a\u0085b", "a\u2028b", "a\u0000b", "a\u007fb", "a\u009bb")) {
                List<String> args = new java.util.ArrayList<>(List.of("revision", "--head", "c3", option, bad));
                if (!option.equals("-m")) {
                    args.addAll(List.of("-m", "fine"));
                }
                CliRun.Result r = CliRun.run(project, args.toArray(String[]::new));
                assertThat(r.code()).as(r.toString()).isEqualTo(2);
                assertThat(r.out()).isEmpty();
                assertThat(r.err()).startsWith("error: ").contains("control character").containsOnlyOnce("\n" + "hint: ")
                        .endsWith("\n");
                assertThat(r.err().lines()).hasSize(2);
                assertThat(r.err().chars().filter(c -> c != '\n' && (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028))).isEmpty();
                CliRun.Result merge = CliRun.run(project, option.equals("-m") ? new String[] {"merge", "heads", "-m", bad}
                        : new String[] {"merge", "heads", "-m", "fine", option, bad});
                assertThat(merge.code()).as(merge.toString()).isEqualTo(2);
                assertThat(merge.err()).contains("control character");
            }
            try (Stream<Path> after = Files.list(project.resolve("migrations/versions"))) {
                assertThat(after.count()).isEqualTo(files);
            }
        }
        CliRun.Result tab = CliRun.run(project, "revision", "--head", "c3", "-m", "a message\twith a tab");
        assertThat(tab.code()).as(tab.toString()).isZero();
        CliRun.Result merge = CliRun.run(project, "merge", "heads", "-m", "fine", "--branch-label", "fine", "--rev-id", "e5");
        assertThat(merge.code()).as(merge.toString()).isZero();
    }
}
