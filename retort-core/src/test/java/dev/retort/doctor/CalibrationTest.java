package dev.retort.doctor;

import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.report.DoctorReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.report.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * False findings seen on healthy public Alembic projects, each as the smallest project that
 * showed it: doctor must call them clean, or say exactly what is wrong.
 */
class CalibrationTest {
    @TempDir
    Path tmp;

    private Path versions() {
        Path v = tmp.resolve("versions");
        Alembic.write(v, "a1_base.py", "a1", "None", "op.create_table('t', sa.Column('id', sa.Integer()))", "op.drop_table('t')");
        return v;
    }

    private static List<String> codes(DoctorReport r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    @Test
    void aMergeWhoseDocstringListsItsParentsAsATupleHasNoHeaderDrift() {
        Path v = versions();
        Alembic.write(v, "1f002cab0a7_left.py", "1f002cab0a7", "'a1'", "op.add_column('t', sa.Column('x', sa.Integer()))", "op.drop_column('t', 'x')");
        Alembic.write(v, "28a7e805fd0_right.py", "28a7e805fd0", "'a1'", "op.add_column('t', sa.Column('y', sa.Integer()))", "op.drop_column('t', 'y')");
        Alembic.write(v, "d1_merge.py", "d1", "('1f002cab0a7', '28a7e805fd0')", "('1f002cab0a7', '28a7e805fd0')",
                "pass", "pass", "");

        DoctorReport r = Doctor.run(DoctorRequest.of(v));

        assertThat(r.findings()).isEmpty();
        assertThat(r.fails(true)).isFalse();
    }

    @Test
    void aTupleDocstringThatNamesOtherParentsIsStillDrift() {
        Path v = versions();
        Alembic.write(v, "b1_next.py", "b1", "'a1'", "('a0', 'a1')", "op.add_column('t', sa.Column('x', sa.Integer()))",
                "op.drop_column('t', 'x')", "");
        assertThat(codes(Doctor.run(DoctorRequest.of(v)))).containsExactly("header-drift");
    }

    @Test
    void anUpgradeThatReturnsBeforeAnyWorkNeedsNoDowngrade() {
        Path v = versions();
        Alembic.write(v, "b1_guarded.py", "b1", "'a1'", "if not migration.should_run(active_plugins, migration_for_plugins):\n    return\npass",
                "pass");
        Alembic.write(v, "c1_inline.py", "c1", "'b1'", "if skip(): return\npass", "pass");
        Alembic.write(v, "d1_pass.py", "d1", "'c1'", "pass", "pass");

        assertThat(Doctor.run(DoctorRequest.of(v)).findings()).isEmpty();
    }

    @Test
    void aDataOnlyUpgradeIsNotCalledASchemaChange() {
        Path v = versions();
        Alembic.write(v, "b1_backfill.py", "b1", "'a1'",
                "op.execute(\"UPDATE t SET id = 0 WHERE id IS NULL\")\nop.execute(\"INSERT INTO t (id) VALUES (1)\")", "pass");

        Finding f = only(Doctor.run(DoctorRequest.of(v)), "empty-downgrade");

        assertThat(f.message()).startsWith("the upgrade only changes data").doesNotContain("schema")
                .endsWith("but the downgrade does nothing");
        assertThat(f.why()).contains("passes silently");
    }

    @Test
    void aMissingDowngradeIsSaidToStopAlembicAndAnEmptyOneToPassSilently() {
        Path v = versions();
        Alembic.write(v, "b1_missing.py", "b1", "'a1'", "op.add_column('t', sa.Column('x', sa.Integer()))", null);
        Alembic.write(v, "c1_empty.py", "c1", "'b1'", "op.add_column('t', sa.Column('y', sa.Integer()))", "pass");

        DoctorReport r = Doctor.run(DoctorRequest.of(v));

        assertThat(r.findings()).extracting(Finding::message).containsExactly(
                "the upgrade changes the schema but the file has no downgrade",
                "the upgrade changes the schema but the downgrade does nothing");
        assertThat(r.findings().get(0).why()).contains("AttributeError");
        assertThat(r.findings().get(1).why()).contains("passes silently");
        // Warnings: the project still runs, so the default run passes and --strict does not.
        assertThat(r.fails(false)).isFalse();
        assertThat(r.fails(true)).isTrue();
    }

    @Test
    void anAlembicProjectRootIsReadWithoutItsEnvPy() {
        Path root = tmp.resolve("project");
        Path scripts = root.resolve("alembic");
        Fixtures.write(scripts.resolve("env.py"), "from alembic import context\n\ncontext.configure()\n");
        Fixtures.write(root.resolve("app/models.py"), "import sqlalchemy as sa\n\nmetadata = sa.MetaData()\n");
        Fixtures.write(root.resolve("tests/test_empty.py"), "");
        Alembic.write(scripts.resolve("versions"), "a1_base.py", "a1", "None", "pass", "pass");

        DoctorReport r = Doctor.run(DoctorRequest.of(root));

        assertThat(r.findings()).isEmpty();
        assertThat(r.files()).isEqualTo(1);
    }

    @Test
    void aModuleWithoutRevisionInsideVersionsIsStillReported() {
        Path v = versions();
        Fixtures.write(v.resolve("helpers.py"), "def helper():\n    return 1\n");
        assertThat(codes(Doctor.run(DoctorRequest.of(v)))).containsExactly("unreadable-revision");
    }

    @Test
    void threeRootsJoinedByAMergeAreOneHistory() throws Exception {
        Path v = Fixtures.copy("three-roots", tmp).resolve("versions");
        DoctorRequest applied = DoctorRequest.of(v)
                .withAppliedHeads(List.of("8f3a2c1d9e47", "ptero_eggs_003", "e9f1a3b5c7d9"), "alembic_version");
        Finding before = only(Doctor.run(applied), "multiple-roots");
        assertThat(before.fix()).contains("write a merge revision");

        // What `retort merge heads` writes: one revision revising all three heads.
        Alembic.write(v, "f00d0001_merge_heads.py", "f00d0001", "('8f3a2c1d9e47', 'ptero_eggs_003', 'e9f1a3b5c7d9')",
                "pass", "pass");
        DoctorReport after = Doctor.run(applied);

        assertThat(codes(after)).doesNotContain("multiple-roots", "multiple-heads");
        assertThat(after.fails(false)).isFalse();
        assumeTrue(AlembicOracle.available(), "python3-alembic is not installed for /usr/bin/python3");
        AlembicOracle.Result alembic = AlembicOracle.run(v);
        assertThat(alembic.exit()).isZero();
        assertThat(alembic.heads()).containsExactly("f00d0001");
        assertThat(alembic.bases()).hasSize(3);
    }

    @Test
    void twoUnlabelledHeadsAreAnErrorBecauseAlembicUpgradeHeadRefusesThem() throws Exception {
        Path v = versions();
        Alembic.write(v, "b1_left.py", "b1", "'a1'", "op.add_column('t', sa.Column('x', sa.Integer()))", "op.drop_column('t', 'x')");
        Alembic.write(v, "c1_right.py", "c1", "'a1'", "op.add_column('t', sa.Column('y', sa.Integer()))", "op.drop_column('t', 'y')");

        DoctorReport r = Doctor.run(DoctorRequest.of(v));

        assertThat(only(r, "multiple-heads").severity()).isEqualTo(dev.retort.report.Severity.ERROR);
        assertThat(r.fails(false)).isTrue();
        assumeTrue(AlembicOracle.available(), "python3-alembic is not installed for /usr/bin/python3");
        AlembicOracle.Result alembic = AlembicOracle.currentHead(v);
        assertThat(alembic.exit()).isEqualTo(1);
        assertThat(alembic.err()).contains("multiple heads");
    }

    @Test
    void unjoinedRootsAreAnErrorBecauseAlembicUpgradeHeadMeetsTwoHeads() throws Exception {
        Path v = versions();
        Alembic.write(v, "b1_other.py", "b1", "None", "op.create_table('u', sa.Column('id', sa.Integer()))", "op.drop_table('u')");

        DoctorReport r = Doctor.run(DoctorRequest.of(v));

        assertThat(only(r, "multiple-roots").severity()).isEqualTo(dev.retort.report.Severity.ERROR);
        assertThat(r.fails(false)).isTrue();
        assumeTrue(AlembicOracle.available(), "python3-alembic is not installed for /usr/bin/python3");
        AlembicOracle.Result alembic = AlembicOracle.currentHead(v);
        assertThat(alembic.exit()).isEqualTo(1);
        assertThat(alembic.err()).contains("multiple heads");
    }

    @Test
    void rootsJoinedByAMergeGiveAlembicOneHead() throws Exception {
        Path v = versions();
        Alembic.write(v, "b1_other.py", "b1", "None", "op.create_table('u', sa.Column('id', sa.Integer()))", "op.drop_table('u')");
        Alembic.write(v, "c1_merge.py", "c1", "('a1', 'b1')", "pass", "pass");

        assertThat(Doctor.run(DoctorRequest.of(v)).findings()).isEmpty();
        assumeTrue(AlembicOracle.available(), "python3-alembic is not installed for /usr/bin/python3");
        AlembicOracle.Result alembic = AlembicOracle.currentHead(v);
        assertThat(alembic.exit()).isZero();
        assertThat(alembic.out()).isEqualTo("heads: c1\n");
    }

    static Finding only(DoctorReport r, String code) {
        List<Finding> found = r.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertThat(found).as(code + " in " + r.findings()).hasSize(1);
        return found.get(0);
    }
}
