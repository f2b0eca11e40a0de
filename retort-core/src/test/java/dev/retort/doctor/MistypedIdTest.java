package dev.retort.doctor;

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
}
