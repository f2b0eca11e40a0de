package dev.retort.doctor;

import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.report.DoctorReport;
import static dev.retort.doctor.RealCasesTest.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.doctor.DoctorRequest.Mode;
import dev.retort.engine.EngineSettings;
import dev.retort.engine.Migrator;
import dev.retort.engine.RevisionScript;
import dev.retort.config.RetortConfig;
import dev.retort.script.TransactionMode;
import dev.retort.engine.VersionTableNames;
import dev.retort.report.Finding;
import dev.retort.script.ScriptDirectory;
import dev.retort.support.TestDatabases.Kind;
import dev.retort.support.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Doctor with a real database: Alembic's version table, Retort's (written by the engine), on all four. */
class AppliedDatabaseTest {
    private static final TestDatabases DBS = new TestDatabases(AppliedDatabaseTest.class);

    @TempDir
    Path tmp;

    @AfterAll
    static void drop() throws Exception {
        DBS.close();
    }

    private static DoctorRequest attach(DoctorRequest r, TestDatabases.Db db, List<String> tables, boolean exact) {
        return AppliedDatabase.attach(r, Path.of("/"), db.url(), "", "", tables, exact);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void alembicDatabaseAtAHeadHasAppliedEverythingBelowIt(Kind kind) throws Exception {
        TestDatabases.Db db = DBS.get(kind);
        String table = "av_" + kind.name().toLowerCase();
        db.execute("CREATE TABLE " + table + " (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                "INSERT INTO " + table + " (version_num) VALUES ('20251011_admin_chat')");
        Path v = Fixtures.copy("filename-as-parent", tmp).resolve("versions");
        DoctorReport r = Doctor.run(attach(DoctorRequest.of(v), db, List.of(table.toUpperCase()), true).withMode(Mode.FIX));
        assertThat(r.database()).isEqualTo(new DoctorReport.Database(table.toUpperCase(), List.of("20251011_admin_chat"), 6));
        assertThat(r.repair().refused()).isEmpty();
        assertThat(Fixtures.text(r, v)).contains(" and " + table.toUpperCase() + " (at 20251011_admin_chat; 6 revisions applied)\n");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void retortDatabaseWhoseAppliedFileWasEditedAndWhichKnowsARevisionNoFileDefines(Kind kind) throws Exception {
        TestDatabases.Db db = DBS.get(kind);
        Path v = Fixtures.copy("two-heads-sql", tmp).resolve("versions");
        String table = "rv_" + kind.name().toLowerCase();
        stamp(db, table, v, "20250101_base", "20250110_accounts");
        Path base = v.resolve("20250101_base.sql");
        String recorded = dev.retort.engine.Checksums.of(Files.readAllBytes(base));
        Fixtures.write(base, Fixtures.read(base).replace("BIGINT", "INTEGER"));
        Files.delete(v.resolve("20250110_accounts.sql"));
        Fixtures.write(v.resolve("20250301_feature_x.sql"), Fixtures.read(v.resolve("20250301_feature_x.sql"))
                .replace("Revises: 20250110_accounts", "Revises: 20250101_base"));
        Fixtures.write(v.resolve("20250305_feature_y.sql"), Fixtures.read(v.resolve("20250305_feature_y.sql"))
                .replace("Revises: 20250110_accounts", "Revises: 20250101_base"));

        DoctorReport r = Doctor.run(attach(DoctorRequest.of(v), db, List.of("nope", table), false));
        Finding changed = only(r, "changed-after-apply");
        assertThat(changed.file()).isEqualTo(base);
        assertThat(changed.message()).contains(recorded).contains(dev.retort.engine.Checksums.of(Files.readAllBytes(base)));
        Finding unknown = only(r, "unknown-applied");
        assertThat(unknown.message()).isEqualTo(table + " has applied revision '20250110_accounts', which no file defines");
    }

    @Test
    void aDatabaseWithoutAVersionTableHasAppliedNothingUnlessTheTableWasNamed() throws Exception {
        TestDatabases.Db db = DBS.get(Kind.SQLITE);
        Path v = Fixtures.copy("two-heads-sql", tmp).resolve("versions");
        DoctorReport r = Doctor.run(attach(DoctorRequest.of(v), db, List.of("retort_version", "alembic_version"), false));
        assertThat(r.database()).isEqualTo(new DoctorReport.Database("retort_version", List.of(), 0));
        assertThatThrownBy(() -> attach(DoctorRequest.of(v), db, List.of("alembic_versoin"), true))
                .isInstanceOf(RetortException.class)
                .hasMessage("cannot read the version table alembic_versoin: the database has no such table");
    }

    @Test
    void aMissingSqliteFileIsNotCreated() {
        Path v = Fixtures.copy("two-heads-sql", tmp).resolve("versions");
        DoctorRequest r = AppliedDatabase.attach(DoctorRequest.of(v), tmp, "jdbc:sqlite:sub/app.db", "", "", List.of("retort_version"), false);
        assertThat(r.applied()).isEmpty();
        assertThat(tmp.resolve("sub/app.db")).doesNotExist();
    }

    @Test
    void aWrongPasswordNeverShows() {
        Path v = tmp.resolve("v");
        assertThatThrownBy(() -> AppliedDatabase.attach(DoctorRequest.of(v), tmp,
                "jdbc:postgresql://127.0.0.1:5432/test", "nobody_here", "s3cr3t-pw", List.of("retort_version"), false))
                .isInstanceOf(RetortException.class)
                .satisfies(e -> assertThat(e.getMessage() + ((RetortException) e).hint()).doesNotContain("s3cr3t-pw"));
    }

    /** Records {@code ids} in Retort's version table through the engine, with their files' checksums. */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MARIADB", "H2"}) // DDL outside transactions: a failure leaves a marker
    void aRevisionStoppedHalfWayIsReportedWhereItsUpgradeIsUntilRepaired(Kind kind) throws Exception {
        TestDatabases.Db db = DBS.get(kind);
        String u = "hw_" + kind.name().toLowerCase();
        String up = "CREATE TABLE " + u + " (x INTEGER);\nINSERT INTO missing_" + u + " VALUES (1);";
        dev.retort.support.TestProject p = new dev.retort.support.TestProject(tmp);
        Path file = p.sql("half", null, up, "DROP TABLE " + u + ";");
        Path v = file.getParent();
        List<RevisionScript> chain = List.of(dev.retort.support.Plans.script("half", null, up, "DROP TABLE " + u + ";"));
        String table = "fv_" + kind.name().toLowerCase();
        Migrator m = new Migrator(db.dialect(), db.opener(), new VersionTableNames(null, table),
                new EngineSettings(EngineSettings.DEFAULT_LOCK_TIMEOUT, RetortConfig.Transaction.PER_REVISION, "test"), null);
        assertThatThrownBy(() -> m.upgrade(dev.retort.support.Plans.upgradeAll(chain), dev.retort.support.Plans.lookup(chain)))
                .hasMessageContaining("failed at statement 2 of 2");

        DoctorReport r = Doctor.run(attach(DoctorRequest.of(v), db, List.of(table), true));
        Finding f = only(r, "failed-revision");
        assertThat(f.severity()).isEqualTo(dev.retort.report.Severity.ERROR);
        assertThat(f.file()).isEqualTo(file);
        assertThat(f.line()).isEqualTo(Files.readAllLines(file).indexOf("-- +upgrade") + 1);
        assertThat(f.message()).startsWith("the upgrade of revision 'half' failed half way in " + table + " at statement 2: INSERT INTO");
        assertThat(f.why()).isEqualTo("the database is half way through this revision; upgrade refuses to continue");
        assertThat(f.fix()).isEqualTo("either undo what it committed and run 'retort repair' (recorded as not applied), or "
                + "finish the rest by hand and run 'retort repair --finished half' (recorded as applied)");

        db.execute("DROP TABLE " + u); // undone by hand
        m.repair(false, dev.retort.support.Plans.lookup(chain));
        assertThat(Doctor.run(attach(DoctorRequest.of(v), db, List.of(table), true)).findings())
                .extracting(Finding::code).doesNotContain("failed-revision");
    }

    private static void stamp(TestDatabases.Db db, String table, Path versions, String... ids) {
        List<RevisionScript> scripts = new java.util.ArrayList<>();
        for (String id : ids) {
            Path file = versions.resolve(id + ".sql");
            try {
                scripts.add(RevisionScript.of(ScriptDirectory.read(file), "", 1, "", 1, TransactionMode.PER_REVISION, Files.readAllBytes(file)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Migrator m = new Migrator(db.dialect(), db.opener(), new VersionTableNames(null, table),
                new EngineSettings(EngineSettings.DEFAULT_LOCK_TIMEOUT, RetortConfig.Transaction.PER_REVISION, "test"), null);
        m.stamp(applied -> new Migrator.StampPlan(scripts, List.of()), false);
    }
}
