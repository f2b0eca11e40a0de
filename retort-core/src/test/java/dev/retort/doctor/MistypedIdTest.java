package dev.retort.doctor;

import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.report.DoctorReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.doctor.DoctorRequest.Mode;
import dev.retort.report.Finding;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repairs change the one wrong place, and renames keep the project's own naming pattern. */
class MistypedIdTest {
    @TempDir
    Path tmp;

    @Test
    void aMistypedRevisionIdIsFixedInItsOwnFileNotInItsChildren() throws Exception {
        Path v = tmp.resolve("versions");
        Alembic.write(v, "1a2b3c4d5e6f_base.py", "1a2b3c4d5e6f", "None", "op.create_table('t', sa.Column('id', sa.Integer()))", "op.drop_table('t')");
        Alembic.write(v, "0f194a275afa_add_x.py", "0f194a275afb", "'1a2b3c4d5e6f'",
                "op.add_column('t', sa.Column('x', sa.Integer()))", "op.drop_column('t', 'x')");
        Alembic.write(v, "7c8d9e0f1a2b_add_y.py", "7c8d9e0f1a2b", "'0f194a275afa'",
                "op.add_column('t', sa.Column('y', sa.Integer()))", "op.drop_column('t', 'y')");
        Alembic.write(v, "9e0f1a2b3c4d_add_z.py", "9e0f1a2b3c4d", "'0f194a275afa'",
                "op.add_column('t', sa.Column('z', sa.Integer()))", "op.drop_column('t', 'z')");
        Alembic.write(v, "5a6b7c8d9e0f_merge.py", "5a6b7c8d9e0f", "('7c8d9e0f1a2b', '9e0f1a2b3c4d')", "pass", "pass");
        Map<String, String> before = Fixtures.snapshot(v);
        String typo = before.get("0f194a275afa_add_x.py");

        DoctorReport report = Doctor.run(DoctorRequest.of(v).withMode(Mode.APPLY));

        assertThat(report.findings()).extracting(Finding::fix).anyMatch(f -> f.startsWith("set revision = '0f194a275afa'"));
        assertThat(report.repair().changes()).hasSize(1);
        Map<String, String> after = Fixtures.snapshot(v);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.get("0f194a275afa_add_x.py")).isEqualTo(typo
                .replace("Revision ID: 0f194a275afb", "Revision ID: 0f194a275afa")
                .replace("revision = '0f194a275afb'", "revision = '0f194a275afa'"));
        assertThat(Doctor.run(DoctorRequest.of(v)).findings()).isEmpty();

        assumeTrue(AlembicOracle.available(), "python3-alembic is not installed for /usr/bin/python3");
        AlembicOracle.Result alembic = AlembicOracle.run(v);
        assertThat(alembic.exit()).isZero();
        assertThat(alembic.heads()).containsExactly("5a6b7c8d9e0f");
    }

    @Test
    void anAppliedMistypedIdIsNotChanged() {
        Path v = tmp.resolve("versions");
        Alembic.write(v, "1a2b3c4d5e6f_base.py", "1a2b3c4d5e6f", "None", "op.create_table('t', sa.Column('id', sa.Integer()))", "op.drop_table('t')");
        Alembic.write(v, "0f194a275afa_add_x.py", "0f194a275afb", "'1a2b3c4d5e6f'",
                "op.add_column('t', sa.Column('x', sa.Integer()))", "op.drop_column('t', 'x')");
        Alembic.write(v, "7c8d9e0f1a2b_add_y.py", "7c8d9e0f1a2b", "'0f194a275afa'",
                "op.add_column('t', sa.Column('y', sa.Integer()))", "op.drop_column('t', 'y')");

        DoctorReport report = Doctor.run(DoctorRequest.of(v).withAppliedHeads(java.util.List.of("0f194a275afb"), "alembic_version")
                .withMode(Mode.FIX));

        assertThat(report.repair().changes()).extracting(c -> c.to().getFileName().toString())
                .doesNotContain("0f194a275afa_add_x.py");
        assertThat(report.repair().refused()).isNotEmpty();
    }

    @Test
    void anEmptyParentIdIsNoTypoOfAnything() {
        Path v = tmp.resolve("versions");
        Alembic.write(v, "1a2b3c4d5e6f_base.py", "1a2b3c4d5e6f", "None", "op.create_table('t', sa.Column('id', sa.Integer()))", "op.drop_table('t')");
        Alembic.write(v, "step_x.py", "0f194a275afb", "''", "op.add_column('t', sa.Column('x', sa.Integer()))", "op.drop_column('t', 'x')");
        assertThat(Doctor.run(DoctorRequest.of(v)).findings()).extracting(Finding::code).contains("missing-parent");
    }

    @Test
    void aRenameReplacesTheWrongIdInsideTheProjectsNamingPattern() {
        Path v = tmp.resolve("versions");
        Alembic.write(v, "2023_09_20_101500_1a2b3c4d5e6f_base.py", "1a2b3c4d5e6f", "None",
                "op.create_table('t', sa.Column('id', sa.Integer()))", "op.drop_table('t')");
        Alembic.write(v, "2023_09_25_121806_0f194a275afa_add_x.py", "0f194a275afb", "'1a2b3c4d5e6f'",
                "op.add_column('t', sa.Column('x', sa.Integer()))", "op.drop_column('t', 'x')");
        Alembic.write(v, "2023_09_26_090000_7c8d9e0f1a2b_add_y.py", "7c8d9e0f1a2b", "'0f194a275afb'",
                "op.add_column('t', sa.Column('y', sa.Integer()))", "op.drop_column('t', 'y')");

        DoctorReport report = Doctor.run(DoctorRequest.of(v).withMode(Mode.APPLY));

        assertThat(CalibrationTest.only(report, "id-not-in-filename").fix())
                .isEqualTo("rename the file to 2023_09_25_121806_0f194a275afb_add_x.py");
        assertThat(v.resolve("2023_09_25_121806_0f194a275afb_add_x.py")).exists();
        assertThat(v.resolve("2023_09_25_121806_0f194a275afa_add_x.py")).doesNotExist();
    }

    /** Seen in ckan and prefect: a copied file whose name still holds another revision's id. */
    @Test
    void aCopiedIdInTheNameIsReplacedWhereItStands() throws Exception {
        Path v = tmp.resolve("versions");
        Alembic.write(v, "092_0a1b2c3d4e5f_prev.py", "0a1b2c3d4e5f", "None", "op.create_table('t', sa.Column('id', sa.Integer()))", "op.drop_table('t')");
        Alembic.write(v, "093_7f70d7d15445_remove_activity.py", "d4d9be9189fe", "'0a1b2c3d4e5f'",
                "op.add_column('t', sa.Column('x', sa.Integer()))", "op.drop_column('t', 'x')");
        Doctor.run(DoctorRequest.of(v).withMode(Mode.APPLY));
        assertThat(Fixtures.snapshot(v).keySet()).containsExactlyInAnyOrder("092_0a1b2c3d4e5f_prev.py", "093_d4d9be9189fe_remove_activity.py");
    }

    /** prefect's 2023_09_25_121806_<id>_<slug>.py: a name without its id gets it where the others have theirs. */
    @Test
    void aMissingIdGoesWhereTheSiblingsPutTheirs() throws Exception {
        Path v = tmp.resolve("versions");
        Alembic.write(v, "2023_09_25_121806_0a1b2c3d4e5f_base.py", "0a1b2c3d4e5f", "None", "op.create_table('t', sa.Column('id', sa.Integer()))", "op.drop_table('t')");
        Alembic.write(v, "2023_10_01_090000_1b2c3d4e5f6a_add_x.py", "1b2c3d4e5f6a", "'0a1b2c3d4e5f'",
                "op.add_column('t', sa.Column('x', sa.Integer()))", "op.drop_column('t', 'x')");
        Alembic.write(v, "2026_02_19_200000_add_schedule_index.py", "a1b2c3d4e5f6", "'1b2c3d4e5f6a'",
                "op.add_column('t', sa.Column('y', sa.Integer()))", "op.drop_column('t', 'y')");
        Doctor.run(DoctorRequest.of(v).withMode(Mode.APPLY));
        assertThat(Fixtures.snapshot(v).keySet()).contains("2026_02_19_200000_a1b2c3d4e5f6_add_schedule_index.py")
                .hasSize(3);
        assertThat(Doctor.run(DoctorRequest.of(v)).findings()).isEmpty();
    }
}
