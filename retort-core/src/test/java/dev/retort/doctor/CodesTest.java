package dev.retort.doctor;

import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.report.DoctorReport;
import static dev.retort.doctor.RealCasesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.doctor.DoctorRequest.Mode;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every diagnosis of DESIGN §7 that no real case covers, each on its own fixture. */
class CodesTest {
    @TempDir
    Path tmp;

    private DoctorReport doctor(String fixture) {
        return Doctor.run(DoctorRequest.of(Fixtures.copy(fixture, tmp).resolve("versions")));
    }

    private Path versions(String fixture) {
        return tmp.resolve(fixture).resolve("versions");
    }

    @Test
    void cycleShowsTheLoop() {
        Finding f = only(doctor("cycle"), "cycle");
        assertThat(f.message()).isEqualTo("revisions form a loop: c1 -> c3 -> c2 -> c1");
        assertThat(f.file()).isEqualTo(versions("cycle").resolve("c1_one.sql"));
        assertThat(f.line()).isEqualTo(4);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void duplicateIdNamesBothFiles() {
        DoctorReport r = doctor("duplicate-id");
        Finding f = only(r, "duplicate-id");
        assertThat(f.message()).contains("1111_first.sql:3").contains("sub/1111_copy.sql:3");
        assertThat(f.file()).isEqualTo(versions("duplicate-id").resolve("sub/1111_copy.sql"));
    }

    @Test
    void unknownDependenciesAndLabelsGetGuesses() {
        DoctorReport r = doctor("dependencies");
        Finding label = only(r, "unknown-label");
        assertThat(label.file().getFileName()).hasToString("d002_invoices.py");
        assertThat(label.line()).isEqualTo(16);
        assertThat(label.fix()).isEqualTo("point it to 'billing'");
        var deps = r.findings().stream().filter(f -> f.code().equals("unknown-dependency")).toList();
        assertThat(deps).extracting(Finding::message).containsExactly(
                "depends_on names 'd002_invoices', which is no revision id or branch label",
                "depends_on names 'no_such_revision', which is no revision id or branch label");
        assertThat(deps.get(0).why()).contains("is the file name of revision 'd002'");
        assertThat(deps.get(1).fix()).startsWith("none automatic");
    }

    @Test
    void dependencyRepairRewritesWhatItCanGuess() {
        Path v = Fixtures.copy("dependencies", tmp).resolve("versions");
        DoctorReport r = Doctor.run(DoctorRequest.of(v).withMode(Mode.APPLY));
        assertThat(Fixtures.read(v.resolve("d002_invoices.py"))).contains("depends_on = 'billing'\n");
        assertThat(Fixtures.read(v.resolve("d003_payments.py"))).contains("depends_on = ('d002', 'no_such_revision')\n");
        assertThat(r.outstanding()).extracting(Finding::code).containsExactly("unknown-dependency");
    }

    @Test
    void duplicateLabelsIncludingALabelThatIsAnId() {
        DoctorReport r = doctor("duplicate-label");
        assertThat(r.findings()).extracting(Finding::code, f -> f.file().getFileName().toString(), Finding::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("duplicate-label", "l002_more.py", 15),
                        org.assertj.core.groups.Tuple.tuple("duplicate-label", "l003_last.py", 15));
        assertThat(r.findings().get(0).message()).isEqualTo("branch label 'core' is also a branch label of 'l001' (l001_base.py)");
        assertThat(r.findings().get(1).message()).isEqualTo("branch label 'l001' is also the id of revision 'l001' (l001_base.py)");
    }

    @Test
    void emptyDowngradeOnlyWhereTheUpgradeDoesWork() {
        DoctorReport r = doctor("empty-downgrade");
        assertThat(r.findings()).extracting(Finding::code, f -> f.file().getFileName().toString(), Finding::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("empty-downgrade", "e001_base.py", 23),
                        org.assertj.core.groups.Tuple.tuple("empty-downgrade", "e003_sql.sql", 12));
    }

    @Test
    void headerDriftIsRepairedByRewritingTheDocstring() {
        DoctorReport r = doctor("header-drift");
        assertThat(r.findings()).extracting(Finding::code, f -> f.file().getFileName().toString(), Finding::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("header-drift", "h002_next.py", 4),
                        org.assertj.core.groups.Tuple.tuple("header-drift", "h003_last.py", 3));
        assertThat(r.findings().get(0).message()).isEqualTo("the docstring says Revises: h000 but down_revision is h001");
        Path v = versions("header-drift");
        String before = Fixtures.read(v.resolve("h002_next.py"));
        Doctor.run(DoctorRequest.of(v).withMode(Mode.APPLY));
        assertThat(Fixtures.read(v.resolve("h002_next.py"))).isEqualTo(before.replace("Revises: h000", "Revises: h001"));
        assertThat(Fixtures.read(v.resolve("h003_last.py"))).contains("Revision ID: h003\n");
        assertThat(Doctor.run(DoctorRequest.of(v)).findings()).isEmpty();
    }

    @Test
    void idNotInFilenameIsRepairedByRenaming() {
        Path v = Fixtures.copy("three-roots", tmp).resolve("versions");
        DoctorReport r = Doctor.run(DoctorRequest.of(v));
        assertThat(r.findings()).filteredOn(f -> f.code().equals("id-not-in-filename"))
                .extracting(f -> f.file().getFileName().toString())
                .containsExactly("add_ptero_eggs_tracking.py", "oauth_fields.py");
    }

    @Test
    void javaRevisionWithoutItsIdInTheNameIsReportedButNotRenamed() {
        Path v = tmp.resolve("java/versions");
        Fixtures.write(v.resolve("AddPromptTables.java"), "@Revision(id = \"20251016_prompt\")\npublic class AddPromptTables implements Migration {}\n");
        DoctorReport r = Doctor.run(DoctorRequest.of(v).withMode(Mode.FIX));
        Finding f = only(r, "id-not-in-filename");
        assertThat(f.fix()).startsWith("none automatic: rename the class and its file together");
        assertThat(r.repair().changes()).isEmpty();
    }

    @Test
    void strayVersionsFolderIsNamedButDependencyFoldersAreNot() {
        Path project = Fixtures.copy("stray-versions", tmp).resolve("project");
        DoctorReport r = Doctor.run(DoctorRequest.of(project.resolve("migrations/versions")).withProjectRoot(project));
        Finding f = only(r, "stray-versions");
        assertThat(f.message()).contains(project.resolve("old/migrations/versions").toString())
                .contains("outside the configured versions folder");
        assertThat(f.file()).isEqualTo(project.resolve("old/migrations/versions/0001_base.sql"));
        assertThat(r.findings()).hasSize(1);
    }

    @Test
    void appliedRevisionEditedAfterwardsShowsBothChecksums() throws Exception {
        Path v = Fixtures.copy("two-heads-sql", tmp).resolve("versions");
        Path file = v.resolve("20250101_base.sql");
        String recorded = dev.retort.engine.Checksums.of(java.nio.file.Files.readAllBytes(file));
        Fixtures.write(file, Fixtures.read(file).replace("BIGINT", "INTEGER"));
        DoctorReport r = Doctor.run(DoctorRequest.of(v).withApplied(Map.of("20250101_base", recorded), "retort_version"));
        Finding f = only(r, "changed-after-apply");
        assertThat(f.file()).isEqualTo(file);
        assertThat(f.message()).contains(recorded).contains(dev.retort.engine.Checksums.of(java.nio.file.Files.readAllBytes(file)))
                .contains("after retort_version applied it");
        // plain `repair` only clears failed markers; accepting a changed checksum needs the option
        assertThat(f.fix()).endsWith("if the edit is cosmetic, `retort repair --accept-checksums` records the new checksum");
    }

    @Test
    void lineEndingsDoNotCountAsAChange() {
        byte[] lf = "a\nb\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] crlf = "a\r\nb\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(dev.retort.engine.Checksums.of(crlf)).isEqualTo(dev.retort.engine.Checksums.of(lf)).isNotEqualTo(dev.retort.engine.Checksums.of("a\nb".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void databaseRowThatNoFileDefines() {
        Path v = Fixtures.copy("two-heads-sql", tmp).resolve("versions");
        Map<String, String> applied = new java.util.HashMap<>();
        applied.put("20250101_base", null);
        applied.put("ghost_revision", null);
        DoctorReport r = Doctor.run(DoctorRequest.of(v).withApplied(applied, "alembic_version"));
        Finding f = only(r, "unknown-applied");
        assertThat(f.file()).isNull();
        assertThat(f.message()).isEqualTo("alembic_version has applied revision 'ghost_revision', which no file defines");
        assertThat(r.findings()).extracting(Finding::code).doesNotContain("changed-after-apply");
        assertThat(r.findings().get(r.findings().size() - 1)).isEqualTo(f);
    }

    @Test
    void unreadableFileIsAFindingAndTheRestIsStillChecked() {
        Path v = Fixtures.copy("two-heads-sql", tmp).resolve("versions");
        Fixtures.write(v.resolve("zz_broken.py"), "revision = 'zz'\ndown_revision = '20250101_base\n");
        DoctorReport r = Doctor.run(DoctorRequest.of(v));
        Finding f = only(r, "unreadable-revision");
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.message()).isEqualTo("unterminated string");
        assertThat(r.findings()).extracting(Finding::code).contains("multiple-heads");
    }
}
