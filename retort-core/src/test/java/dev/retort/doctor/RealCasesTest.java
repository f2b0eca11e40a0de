package dev.retort.doctor;

import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.report.DoctorReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.doctor.DoctorRequest.Mode;
import dev.retort.report.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DESIGN §7's two cases from real projects, end to end, with the real Alembic as the judge. */
class RealCasesTest {
    @TempDir
    Path tmp;

    @Test
    void fileNameUsedAsParentIsNamedWithItsCause() {
        Path versions = Fixtures.copy("filename-as-parent", tmp).resolve("versions");
        DoctorReport report = Doctor.run(DoctorRequest.of(versions));

        Finding missing = only(report, "missing-parent");
        assertThat(missing.file()).isEqualTo(versions.resolve("20251016_prompt_engineering.py"));
        assertThat(missing.line()).isEqualTo(16);
        assertThat(missing.message()).isEqualTo("down_revision names '20251011_restore_superhuman_admin_chat', "
                + "which is the file name of revision '20251011_admin_chat', not an id");
        assertThat(missing.why()).contains("KeyError: '20251011_restore_superhuman_admin_chat'");
        assertThat(missing.fix()).contains("'20251011_admin_chat'").contains("docstring");
        assertThat(report.findings()).extracting(Finding::code)
                .containsExactlyInAnyOrder("missing-parent", "id-not-in-filename");
    }

    @Test
    void fileNameUsedAsParentIsRepairedSoAlembicSeesOneHead() throws Exception {
        Path versions = Fixtures.copy("filename-as-parent", tmp).resolve("versions");
        String before = Fixtures.read(versions.resolve("20251016_prompt_engineering.py"));

        DoctorReport report = Doctor.run(DoctorRequest.of(versions).withMode(Mode.APPLY));

        assertThat(report.repair().written()).isTrue();
        assertThat(report.outstanding()).isEmpty();
        String after = Fixtures.read(versions.resolve("20251016_prompt_engineering.py"));
        // Exactly the two values change; quoting, annotation and the trailing comment stay.
        assertThat(after).isEqualTo(before
                .replace("Revises: 20251011_restore_superhuman_admin_chat", "Revises: 20251011_admin_chat")
                .replace("= \"20251011_restore_superhuman_admin_chat\"  # restore", "= \"20251011_admin_chat\"  # restore"));
        assertThat(versions.resolve("20251011_admin_chat_restore_superhuman_admin_chat.py")).exists();
        assertThat(versions.resolve("20251011_restore_superhuman_admin_chat.py")).doesNotExist();
        assertThat(Doctor.run(DoctorRequest.of(versions)).findings()).isEmpty();

        assumeTrue(AlembicOracle.available(), "python3-alembic is not installed for /usr/bin/python3");
        AlembicOracle.Result alembic = AlembicOracle.run(versions);
        assertThat(alembic.err()).doesNotContain("error");
        assertThat(alembic.exit()).isZero();
        assertThat(alembic.heads()).containsExactly("20251016_prompt_engineering");
        assertThat(alembic.walked()).containsExactly("20251016_prompt_engineering", "20251011_admin_chat",
                "20250103_purify_db", "c670e137ea84", "20250902_evt_type_idx", "0b5107e8283d", "0fe9bd3b1f3c");
    }

    @Test
    void theUnrepairedFolderReallyBreaksAlembic() throws Exception {
        assumeTrue(AlembicOracle.available(), "python3-alembic is not installed for /usr/bin/python3");
        Path versions = Fixtures.copy("filename-as-parent", tmp).resolve("versions");
        AlembicOracle.Result alembic = AlembicOracle.run(versions);
        assertThat(alembic.exit()).isEqualTo(1);
        assertThat(alembic.err()).contains("KeyError: '20251011_restore_superhuman_admin_chat'");
    }

    @Test
    void threeRootsAreReportedAsThree() {
        Path versions = Fixtures.copy("three-roots", tmp).resolve("versions");
        DoctorReport report = Doctor.run(DoctorRequest.of(versions));
        Finding roots = only(report, "multiple-roots");
        assertThat(roots.message()).startsWith("3 revisions revise nothing")
                .contains("2ca607eff9c8").contains("ptero_eggs_001").contains("b7c41e0f2a93");
        assertThat(roots.fix()).contains("'ptero_eggs_001' after '8f3a2c1d9e47'").contains("'b7c41e0f2a93' after 'ptero_eggs_003'");
        assertThat(report.findings()).extracting(Finding::code).doesNotContain("multiple-heads");
    }

    @Test
    void fixWithoutApplyPrintsTheDiffAndTouchesNothing() {
        Path versions = Fixtures.copy("three-roots", tmp).resolve("versions");
        Map<String, String> before = Fixtures.snapshot(versions);
        DoctorReport report = Doctor.run(DoctorRequest.of(versions).withMode(Mode.FIX));
        assertThat(Fixtures.snapshot(versions)).isEqualTo(before);
        String diff = report.repair().diff(versions);
        assertThat(diff).contains("rename from add_ptero_eggs_tracking.py\nrename to ptero_eggs_001_add_ptero_eggs_tracking.py\n")
                .contains("-down_revision = None\n+down_revision = '8f3a2c1d9e47'\n")
                .contains("-Revises: \n+Revises: 8f3a2c1d9e47\n")
                .contains("-down_revision = None\n+down_revision = 'ptero_eggs_003'\n");
        assertThat(report.repair().written()).isFalse();
        assertThat(report.repair().remaining()).isEmpty();
    }

    @Test
    void threeRootsAreChainedSoAlembicWalksOneLine() throws Exception {
        Path versions = Fixtures.copy("three-roots", tmp).resolve("versions");
        Doctor.run(DoctorRequest.of(versions).withMode(Mode.APPLY));
        assertThat(Doctor.run(DoctorRequest.of(versions)).findings()).isEmpty();
        try (var files = Files.list(versions)) {
            assertThat(files.count()).isEqualTo(10);
        }

        assumeTrue(AlembicOracle.available(), "python3-alembic is not installed for /usr/bin/python3");
        AlembicOracle.Result alembic = AlembicOracle.run(versions);
        assertThat(alembic.exit()).as(alembic.err()).isZero();
        assertThat(alembic.bases()).containsExactly("2ca607eff9c8");
        assertThat(alembic.heads()).containsExactly("e9f1a3b5c7d9");
        assertThat(alembic.walked()).containsExactly("e9f1a3b5c7d9", "d4e6a8b0c1f2", "c2d85f16e3b4", "b7c41e0f2a93",
                "ptero_eggs_003", "ptero_eggs_002", "ptero_eggs_001", "8f3a2c1d9e47", "5d1e7b9a3c20", "2ca607eff9c8");
    }

    @Test
    void reportTextMatchesTheExpectedOutputBesideTheFixture() {
        for (String name : new String[] {"filename-as-parent", "three-roots"}) {
            Path versions = Fixtures.copy(name, tmp).resolve("versions");
            String text = Fixtures.text(Doctor.run(DoctorRequest.of(versions).withMode(Mode.FIX)), versions);
            if (Boolean.getBoolean("doctor.regenerate")) {
                // -Ddoctor.regenerate=true rewrites the expected files after a deliberate change.
                Fixtures.write(Path.of("src/test/resources/doctor", name, "expected-fix.txt"), text);
                continue;
            }
            assertThat(text).as(name).isEqualTo(Fixtures.read(Fixtures.resource(name + "/expected-fix.txt")));
        }
    }

    static Finding only(DoctorReport report, String code) {
        var matching = report.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertThat(matching).as(code + " findings in " + report.findings()).hasSize(1);
        return matching.get(0);
    }
}
