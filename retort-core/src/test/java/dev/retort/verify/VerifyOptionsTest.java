package dev.retort.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.VerifyHarness;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOverrides;
import dev.retort.config.RetortConfig;
import dev.retort.support.TestProject;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --from, a database given with --url, the model check, the graph's heads, and the two outputs (on SQLite). */
class VerifyOptionsTest {
    @TempDir
    Path dir;

    /** r1's downgrade is empty (a revision that cannot be reverted) unless {@code model} is "" or a schema. */
    private TestProject project(String model) throws IOException {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"jdbc:sqlite:app.db\"\n"
                + (model == null || model.isEmpty() ? "" : "\n[model]\nschema = \"schema.sql\"\n"));
        if (model != null && !model.isEmpty()) {
            Files.writeString(dir.resolve("schema.sql"), model);
        }
        TestProject p = new TestProject(dir);
        p.sql("r1", null, "CREATE TABLE t (id INTEGER PRIMARY KEY);", model == null ? "" : "DROP TABLE t;");
        p.sql("r2", "r1", "ALTER TABLE t ADD COLUMN a VARCHAR(10);", "ALTER TABLE t DROP COLUMN a;");
        return p;
    }

    private VerifyReport verify(String url, String from) {
        RetortConfig config = new ConfigLoader(dir, Map.of()).load(ConfigOverrides.none());
        return VerifyHarness.run(config, url, from, null, null);
    }

    @Test
    void fromStartsTheRoundTripsLater() throws IOException {
        project(null);
        VerifyReport all = verify(null, null);
        assertThat(all.failure().revision()).isEqualTo("r1");
        VerifyReport later = verify(null, "r2");
        assertThat(later.ok()).isTrue();
        assertThat(later.passed()).extracting(VerifyReport.Passed::id).containsExactly("r2");
        assertThat(Files.exists(dir.resolve("app.db"))).as("the configured database is not touched").isFalse();
    }

    @Test
    void aGivenDatabaseIsUsedAndLeftAtBase() throws Exception {
        project("");
        Path db = dir.resolve("scratch.db");
        VerifyReport r = verify("jdbc:sqlite:" + db, null);
        assertThat(r.ok()).isTrue();
        assertThat(r.database()).isEqualTo("database jdbc:sqlite:" + db + ", taken back to base afterwards");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM retort_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 't'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("table t is gone").isZero();
        }
        assertThat(verify("jdbc:sqlite:" + db, null).passed()).hasSize(2);
    }

    @Test
    void aGivenDatabaseThatHasAppliedRevisionsIsRefused() throws Exception {
        project(null);
        Path db = dir.resolve("used.db");
        dev.retort.Retort.configure().directory(dir).environment(Map.of()).url("jdbc:sqlite:" + db).load().upgrade("r1");
        assertThatThrownBy(() -> verify("jdbc:sqlite:" + db, null)).isInstanceOf(RetortException.class)
                .hasMessageContaining("has applied revisions already");
    }

    @Test
    void theModelIsComparedWithTheHead() throws IOException {
        project("CREATE TABLE t (id INTEGER PRIMARY KEY, a VARCHAR(10));");
        VerifyReport same = verify(null, null);
        assertThat(same.ok()).isTrue();
        assertThat(same.model()).isTrue();
        StringBuilder text = new StringBuilder();
        VerifyReports.text(same, dir, text);
        assertThat(text.toString()).startsWith("verify: 2 revisions upgrade, downgrade and upgrade again cleanly; the model matches "
                + "(temporary SQLite database, dropped afterwards; ");

        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE t (id INTEGER PRIMARY KEY, a VARCHAR(10), b INTEGER);");
        VerifyReport differs = verify(null, null);
        assertThat(differs.model()).isFalse();
        assertThat(differs.failure().step()).isEqualTo(VerifyReport.Step.MODEL);
        assertThat(differs.failure().diff()).containsExactly("the model needs addColumn(\"t\", \"b\")");
    }

    @Test
    void severalHeadsAreRefusedBeforeAnythingRuns() throws IOException {
        TestProject p = project(null);
        p.sql("r3", "r1", "CREATE TABLE u (id INTEGER PRIMARY KEY);", "DROP TABLE u;");
        VerifyReport r = verify(null, null);
        assertThat(r.passed()).isEmpty();
        assertThat(r.failure().step()).isEqualTo(VerifyReport.Step.GRAPH);
        assertThat(r.failure().message()).isEqualTo("verify needs exactly one head; there are 2: r2, r3 "
                + "(write a merge revision with 'retort merge heads')");
    }

    @Test
    void failuresReadAsTextAndJson() throws IOException {
        project(null);
        VerifyReport r = verify(null, null);
        StringBuilder text = new StringBuilder();
        VerifyReports.text(r, dir, text);
        assertThat(text.toString()).isEqualTo("""
                FAIL r1 downgrade (migrations/versions/r1.sql): after the downgrade the schema differs from before the upgrade
                    + table t (left behind)
                verify: failed at r1 (downgrade) after 0 revisions passed (temporary SQLite database, dropped afterwards)
                """);
        StringWriter json = new StringWriter();
        VerifyReports.json(r, dir, json);
        assertThat(json.toString()).contains("\"ok\" : false", "\"model\" : null", "\"passed\" : [ ]", "\"revision\" : \"r1\"",
                "\"path\" : \"migrations/versions/r1.sql\"", "\"step\" : \"downgrade\"", "\"diff\" : [ \"+ table t (left behind)\" ]");
    }
}
