package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.support.TestProject;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * doctor, lint, verify, check and autogenerate as an application calls them: through the
 * facade, with API records in and out, the configuration only from the builder (on SQLite).
 */
class QualityFacadeTest {
    @TempDir
    Path dir;

    private Retort.Builder project(Map<String, String> environment) {
        return Retort.configure().directory(dir).environment(environment);
    }

    private static String render(Report report, ReportFormat format) {
        StringWriter out = new StringWriter();
        report.write(format, Path.of("/nowhere"), false, "0.0", out);
        return out.toString();
    }

    @Test
    void doctorChecksABareFolderWithoutAnyConfigFile() {
        TestProject p = new TestProject(dir);
        p.sql("a", null, "CREATE TABLE t (id INTEGER);", "DROP TABLE t;");
        p.sql("b", "gone", "ALTER TABLE t ADD COLUMN x INTEGER;", "ALTER TABLE t DROP COLUMN x;");

        DoctorResult r = Retort.doctor(project(Map.of()),
                new DoctorRequest(Path.of("migrations/versions"), DoctorRequest.Mode.REPORT, false, null));

        assertThat(r.findings()).extracting(Finding::code).contains("missing-parent");
        Finding missing = r.findings().stream().filter(f -> f.code().equals("missing-parent")).findFirst().orElseThrow();
        assertThat(missing.severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(missing.file()).isEqualTo(dir.resolve("migrations/versions/b.sql"));
        assertThat(r.fails(false)).isTrue();
        assertThat(render(r.report(), ReportFormat.JSON)).contains("\"missing-parent\"");
        assertThat(render(r.report(), ReportFormat.SARIF)).contains("\"version\" : \"2.1.0\"");
    }

    @Test
    void doctorReadsTheDatabaseOfABareFolderFromTheBuildersEnvironmentAndTheUrlFlagWins() throws Exception {
        // a bare folder ignores retort.toml (written here only to upgrade the database)
        TestProject p = new TestProject(dir);
        p.sql("a", null, "CREATE TABLE t (id INTEGER);", "DROP TABLE t;");
        Path db = dir.resolve("app.db");
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"jdbc:sqlite:app.db\"\n");
        project(Map.of()).load().upgrade("head");
        DoctorRequest request = new DoctorRequest(Path.of("migrations/versions"), DoctorRequest.Mode.REPORT, false, null);

        String withDatabase = render(Retort.doctor(project(Map.of("RETORT_URL", "jdbc:sqlite:" + db)), request).report(),
                ReportFormat.JSON);
        assertThat(withDatabase).contains("\"applied\" : 1");

        // a flag names another database (an empty one): it wins over RETORT_URL
        Path other = dir.resolve("other.db");
        String flagged = render(Retort.doctor(project(Map.of("RETORT_URL", "jdbc:sqlite:" + db)).url("jdbc:sqlite:" + other),
                request).report(), ReportFormat.JSON);
        assertThat(flagged).contains("\"applied\" : 0");

        DoctorRequest filesOnly = new DoctorRequest(Path.of("migrations/versions"), DoctorRequest.Mode.REPORT, true, null);
        assertThat(render(Retort.doctor(project(Map.of("RETORT_URL", "jdbc:sqlite:" + db)), filesOnly).report(),
                ReportFormat.JSON)).contains("\"database\" : null");
    }

    @Test
    void lintFlagsADropInABareFolderForTheDialectAsked() {
        TestProject p = new TestProject(dir);
        p.sql("a", null, "CREATE TABLE t (id INTEGER);", "DROP TABLE t;");
        p.sql("b", "a", "DROP TABLE t;", "CREATE TABLE t (id INTEGER);");

        LintResult r = Retort.lint(project(Map.of()), new LintRequest(Path.of("migrations"), null, "postgresql"));

        assertThat(r.dialect()).isEqualTo("postgresql");
        assertThat(r.revisions()).containsExactly("a", "b");
        Finding drop = r.findings().stream().filter(f -> f.code().equals("drop-table")).findFirst().orElseThrow();
        assertThat(drop.file()).isEqualTo(dir.resolve("migrations/versions/b.sql"));
        assertThat(r.fails(false)).isEqualTo(r.findings().stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR));
        assertThat(r.fails(true)).isTrue();
        assertThat(render(r.report(), ReportFormat.TEXT)).contains("drop-table");

        assertThat(Retort.lint(project(Map.of()), new LintRequest(Path.of("migrations"), "a", null)).revisions()).containsExactly("a");
        assertThatThrownBy(() -> Retort.lint(project(Map.of()), new LintRequest(Path.of("migrations/versions/a.sql"), null, null)))
                .isInstanceOf(RetortException.class).hasMessageContaining("holds no versions folder");
    }

    private void sqliteProject(String model) throws Exception {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"jdbc:sqlite:app.db\"\n"
                + "\n[model]\nschema = \"schema.sql\"\n");
        Files.writeString(dir.resolve("schema.sql"), model);
        TestProject p = new TestProject(dir);
        p.sql("r1", null, "CREATE TABLE t (id INTEGER PRIMARY KEY);", "DROP TABLE t;");
    }

    @Test
    void checkAndAutogenerateReportWhatTheModelAdds() throws Exception {
        sqliteProject("CREATE TABLE t (id INTEGER PRIMARY KEY, a VARCHAR(10));");
        Retort retort = project(Map.of()).load();
        retort.upgrade("head");

        CheckResult check = retort.check();
        assertThat(check.changes()).extracting(SchemaChange::operation, SchemaChange::table)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("addColumn", "t"));
        assertThat(check.json()).contains("\"changes\" : 1").contains("\"operation\" : \"addColumn\"");

        AutogenerateResult sql = retort.autogenerate(new AutogenerateRequest(RevisionFormat.SQL));
        assertThat(sql.changes()).isEqualTo(check.changes());
        assertThat(sql.upgrade()).containsIgnoringCase("ALTER TABLE").contains("\"a\"");
        assertThat(sql.downgrade()).containsIgnoringCase("DROP COLUMN");
        assertThat(retort.autogenerate(new AutogenerateRequest(RevisionFormat.JAVA)).downgrade()).isEmpty();
        assertThatThrownBy(() -> new AutogenerateRequest(RevisionFormat.ALEMBIC)).isInstanceOf(RetortException.class);
    }

    @Test
    void verifyRoundTripsOnAScratchDatabaseAndLeavesTheConfiguredOneAlone() throws Exception {
        sqliteProject("CREATE TABLE t (id INTEGER PRIMARY KEY);");
        List<String> progress = new ArrayList<>();

        VerifyResult r = project(Map.of()).load().verify(new VerifyRequest(null, null, null, progress::add));

        assertThat(r.ok()).isTrue();
        assertThat(r.failure()).isNull();
        assertThat(r.passed()).containsExactly("r1");
        assertThat(r.model()).isTrue();
        assertThat(progress).hasSize(1).allMatch(line -> line.startsWith("ok   r1"));
        assertThat(render(r.report(), ReportFormat.TEXT)).startsWith("verify: 1 revision upgrade");
        assertThat(Files.exists(dir.resolve("app.db"))).isFalse();
        assertThatThrownBy(() -> render(r.report(), ReportFormat.SARIF)).isInstanceOf(RetortException.class);
    }
}
