package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `retort doctor` and `retort install-hook` through the real entry point. */
class DoctorCommandTest {
    @TempDir
    Path dir;

    /** A copy of a doctor scenario from retort-core's test fixtures. */
    private Path fixture(String name) throws IOException {
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

    private static Map<String, String> snapshot(Path d) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(d)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(d.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    @Test
    void findingsExitOneWithLevelCodeAndLocation() throws IOException {
        fixture("filename-as-parent");
        CliRun.Result r = CliRun.run(dir, "doctor", "filename-as-parent/versions");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("ERROR missing-parent filename-as-parent/versions/20251016_prompt_engineering.py:16 "
                + "down_revision names '20251011_restore_superhuman_admin_chat', which is the file name of revision '20251011_admin_chat', not an id\n    why: ")
                .contains("doctor: 2 findings (1 error, 1 warning) in 7 revision files\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void fixPrintsTheDiffAndChangesNothingThenApplyMakesItClean() throws IOException {
        Path project = fixture("filename-as-parent");
        Map<String, String> before = snapshot(project);
        CliRun.Result dry = CliRun.run(project, "doctor", "versions", "--fix");
        assertThat(dry.code()).isEqualTo(1);
        assertThat(dry.out()).contains("--- a/versions/20251016_prompt_engineering.py\n+++ b/versions/20251016_prompt_engineering.py\n")
                .contains("-Revises: 20251011_restore_superhuman_admin_chat\n+Revises: 20251011_admin_chat\n")
                .contains("nothing was written (add --apply to write them)");
        assertThat(snapshot(project)).isEqualTo(before);

        CliRun.Result applied = CliRun.run(project, "doctor", "versions", "--fix", "--apply");
        assertThat(applied.code()).as(applied.toString()).isZero();
        assertThat(applied.out()).contains("fix: wrote 2 files\n").contains("fix: afterwards doctor finds no problems\n");
        CliRun.Result after = CliRun.run(project, "doctor", "versions");
        assertThat(after.code()).isZero();
        assertThat(after.out()).isEqualTo("doctor: no problems in 7 revision files\n");
    }

    @Test
    void jsonAndSarif() throws IOException {
        fixture("three-roots");
        CliRun.Result js = CliRun.run(dir, "doctor", "three-roots/versions", "--json");
        assertThat(js.code()).isEqualTo(1);
        assertThat(js.out()).startsWith("{").contains("\"code\" : \"multiple-roots\"").contains("\"repair\" : null");
        CliRun.Result sarif = CliRun.run(dir, "doctor", "three-roots/versions", "--format", "sarif");
        assertThat(sarif.code()).as("three unjoined roots: `alembic upgrade head` meets three heads").isEqualTo(1);
        assertThat(sarif.out()).contains("\"version\" : \"2.1.0\"").contains("\"uri\" : \"three-roots/versions/add_ptero_eggs_tracking.py\"");
    }

    @Test
    void aMissingFolderIsBadInput() {
        CliRun.Result r = CliRun.run(dir, "doctor", "nowhere");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: nowhere: no such directory\nhint: ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void configuredProjectIsCheckedWithoutCreatingItsSqliteDatabase() throws IOException {
        Path project = CliRun.quickstart(dir);
        CliRun.Result r = CliRun.run(project, "doctor");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("doctor: no problems in 6 revision files and retort_version (nothing applied)\n");
        assertThat(project.resolve("app.db")).doesNotExist();
    }

    @Test
    void anAlembicDatabaseAtTheBrokenChildRefusesTheRepair() throws Exception {
        Path project = fixture("filename-as-parent");
        Path db = project.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
            st.execute("INSERT INTO alembic_version VALUES ('20251016_prompt_engineering')");
        }
        CliRun.Result r = CliRun.run(project, "doctor", "versions", "--url", "jdbc:sqlite:app.db", "--fix", "--apply");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("and alembic_version (at 20251016_prompt_engineering; 1 revision applied)")
                .contains("refused: versions/20251016_prompt_engineering.py:16: missing-parent not fixed: revision "
                        + "'20251016_prompt_engineering' is applied in alembic_version");
        assertThat(Files.readString(project.resolve("versions/20251016_prompt_engineering.py")))
                .contains("down_revision: Union[str, None] = \"20251011_restore_superhuman_admin_chat\"");
    }

    @Test
    void aVersionTableNamedExplicitlyMustExist() throws Exception {
        Path project = fixture("three-roots");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("app.db"))) {
            c.createStatement().execute("CREATE TABLE other (x INT)");
        }
        CliRun.Result r = CliRun.run(project, "doctor", "versions", "--url", "jdbc:sqlite:app.db", "--version-table", "alembic_versoin");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: cannot read the version table alembic_versoin: the database has no such table\nhint: ");
    }

    @Test
    void installHookWritesARunnableHookOnce() throws Exception {
        Process init = new ProcessBuilder("git", "init", "-q").directory(dir.toFile()).start();
        assertThat(init.waitFor()).isZero();
        CliRun.Result first = CliRun.run(dir, "install-hook");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).isEqualTo("installed .git/hooks/pre-commit: commits now run 'retort doctor --files-only'\n");
        assertThat(Files.isExecutable(dir.resolve(".git/hooks/pre-commit"))).isTrue();
        CliRun.Result again = CliRun.run(dir, "install-hook", "migrations/versions");
        assertThat(again.out()).isEqualTo(".git/hooks/pre-commit already runs retort doctor; nothing changed\n");
    }

    @Test
    void installHookOutsideARepositoryIsBadInput() {
        CliRun.Result r = CliRun.run(dir, "install-hook");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not inside a git repository");
    }
}
