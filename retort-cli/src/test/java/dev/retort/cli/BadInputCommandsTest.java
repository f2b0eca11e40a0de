package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that is the user's mistake gets a one-line error and exit 2 (or, for a revision whose
 * code breaks, that revision's failure and exit 1), never "internal error ... a bug in Retort",
 * and changes nothing.
 */
class BadInputCommandsTest {
    private static final String ROOT = """
            -- First
            --
            -- Revision ID: aaa111
            -- Revises:
            -- Create Date: 2025-01-01 00:00:00

            -- +upgrade
            CREATE TABLE first_table (x INTEGER);

            -- +downgrade
            DROP TABLE first_table;
            """;

    @TempDir
    Path dir;

    private Path project(String url) throws IOException {
        Path p = dir.resolve("p");
        Files.createDirectories(p.resolve("migrations/versions"));
        Files.writeString(p.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"" + url + "\"\n");
        Files.writeString(p.resolve("migrations/versions/aaa111_first.sql"), ROOT);
        return p;
    }

    private Path sqliteProject() throws IOException {
        return project("jdbc:sqlite:app.db");
    }

    /** One error line and one hint, exit 2, and nothing that calls it a bug. */
    private static void assertCleanUsageError(CliRun.Result r) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).startsWith("error: ").doesNotContain("internal error")
                .doesNotContain("bug in Retort").doesNotContain("Exception");
        assertThat(r.err().lines().filter(l -> l.startsWith("error: ")).count()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"upgrade +99999999999", "upgrade -99999999999", "upgrade +2147483648",
        "downgrade -99999999999", "upgrade aaa111+99999999999999999", "downgrade aaa111-9999999999",
        "downgrade aaa111-2147483648", "downgrade -2147483648", "upgrade heads-9223372036854775808",
        "upgrade aaa111-9223372036854775808", "downgrade -9223372036854775808",
        "upgrade head --lock-timeout 9223372036854775807", "upgrade head --lock-timeout 99999999999"})
    void numbersTooLargeAreUsageErrors(String command) throws IOException {
        Path p = sqliteProject();
        assertThat(CliRun.run(p, "upgrade", "aaa111").code()).isZero();
        CliRun.Result r = CliRun.run(p, command.split(" "));
        assertCleanUsageError(r);
        assertThat(CliRun.run(p, "current").out()).startsWith("aaa111");
    }

    @ParameterizedTest
    @ValueSource(strings = {"heads", "current", "upgrade head"})
    void aConfigNestedTooDeeplyIsAUsageError(String command) throws IOException {
        Path p = sqliteProject();
        Files.writeString(p.resolve("retort.toml"), "[retort]\nurl = \"jdbc:sqlite:app.db\"\nx = "
                + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        CliRun.Result r = CliRun.run(p, command.split(" "));
        assertCleanUsageError(r);
        assertThat(r.err()).contains("retort.toml: not valid TOML: arrays or tables nested too deeply");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(", "[", "{"})
    void alembicValuesNestedTooDeeplyAreUsageErrors(String open) throws IOException {
        Path p = sqliteProject();
        String close = open.equals("(") ? ")" : open.equals("[") ? "]" : "}";
        Files.writeString(p.resolve("migrations/versions/bbb222_deep.py"), "revision = 'bbb222'\ndown_revision = "
                + open.repeat(100_000) + "'aaa111'" + close.repeat(100_000) + "\n");
        for (String command : List.of("heads", "history", "upgrade head")) {
            CliRun.Result r = CliRun.run(p, command.split(" "));
            assertCleanUsageError(r);
            assertThat(r.err()).contains("bbb222_deep.py:2: ");
        }
    }

    private static String javaRevision(String id, String body) {
        return """
                import dev.retort.*;

                @Revision(id = "%s", revises = "aaa111", message = "breaks")
                public class Rev_%s implements Migration {
                    public void upgrade(Ops op) {
                        op.createTable("second_table", t -> t.column("x", Type.INTEGER));
                %s
                    }
                    public void downgrade(Ops op) { op.dropTable("second_table"); }
                    static int deep(int n) { return deep(n + 1) + 1; }
                }
                """.formatted(id, id, body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deep(0);", "long[] huge = new long[Integer.MAX_VALUE - 8]; huge[0] = 1;"})
    void aJavaRevisionThatBreaksTheJvmLimitsFailsAsThatRevision(String body) throws Exception {
        Path p = sqliteProject();
        Files.writeString(p.resolve("migrations/versions/ccc333_breaks.java"), javaRevision("ccc333", body));
        CliRun.Result r = CliRun.run(p, "upgrade", "head");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).as(r.toString()).contains("ccc333_breaks.java").contains("upgrade of ccc333 failed")
                .containsAnyOf("StackOverflowError", "OutOfMemoryError").doesNotContain("internal error");
        assertThat(tables(p)).contains("first_table").doesNotContain("second_table");
    }

    @ParameterizedTest
    @ValueSource(strings = {"System.exit(3);", "Runtime.getRuntime().halt(3);", "java.util.function.IntConsumer e = System::exit; e.accept(0);"})
    void aJavaRevisionThatWouldEndTheJvmIsRefusedBeforeAnythingRuns(String body) throws Exception {
        Path p = sqliteProject();
        Files.writeString(p.resolve("migrations/versions/ddd444_exits.java"), javaRevision("ddd444", "        " + body));
        CliRun.Result r = CliRun.run(p, "upgrade", "head");
        assertCleanUsageError(r);
        assertThat(r.err()).contains("ddd444_exits.java:7: the revision calls ");
        assertThat(tables(p)).isEmpty();
    }

    @Test
    void aRevisionIdTooLongForMariadbIsRefusedNamingTheLimit() throws Exception {
        try (ServerDatabases db = new ServerDatabases(ServerDatabases.Kind.MARIADB, dir)) {
            Path p = project(db.url);
            String id = "r".repeat(800);
            Files.writeString(p.resolve("migrations/versions/long.sql"), ROOT.replace("aaa111", id)
                    .replace("first_table", "long_table").replace("-- Revises:\n", "-- Revises: aaa111\n"));
            CliRun.Result r = CliRun.run(p, "upgrade", "head");
            assertCleanUsageError(r);
            assertThat(r.err()).contains("long.sql: revision id is 800 characters long").contains("at most 768 characters");
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM"
                    + " information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE '%table'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("no revision ran").isZero();
            }
        }
    }

    @Test
    void onlyAConnectionFailureSuggestsCheckingTheUrl() throws Exception {
        Path p = sqliteProject();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + p.resolve("app.db"));
                var s = c.createStatement()) {
            s.execute("CREATE TABLE retort_version (something_else INTEGER)");
        }
        CliRun.Result r = CliRun.run(p, "upgrade", "head");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("check the database url");
        CliRun.Result down = CliRun.run(p, "upgrade", "head", "--url", "jdbc:postgresql://127.0.0.1:1/nothing");
        assertThat(down.code()).as(down.toString()).isEqualTo(1);
        assertThat(down.err()).contains("hint: check the database url");
    }

    private static List<String> tables(Path project) throws Exception {
        Path db = project.resolve("app.db");
        if (!Files.exists(db)) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'retort_%' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
