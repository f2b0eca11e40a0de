package dev.retort.doctor;

import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.report.DoctorReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.report.Finding;
import dev.retort.script.AlembicReader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * openstack/neutron's shape: {@code branch_labels = (cli.CONTRACT_BRANCH,)} with the constant in
 * the project's own {@code neutron/db/migration/cli.py}. Once it made the whole project
 * unreadable and produced missing-parent errors for every child of the files that used it.
 */
class UnreadableLabelsTest {
    @TempDir
    Path tmp;

    Path versions;

    @BeforeEach
    void project() {
        Fixtures.write(tmp.resolve("neutron/db/migration/cli.py"),
                "import os\n\nCONTRACT_BRANCH = 'contract'\nEXPAND_BRANCH = 'expand'\nMIGRATION_BRANCHES = (CONTRACT_BRANCH, EXPAND_BRANCH)\n");
        versions = tmp.resolve("neutron/db/migration/alembic_migrations/versions");
        Alembic.write(versions, "kilo_initial.py", "kilo", "None", "op.create_table('t', sa.Column('id', sa.Integer()))", "op.drop_table('t')");
    }

    private void branch(String dir, String id, String labels, String imports) {
        Path p = Alembic.write(versions.resolve(dir), id + "_initial.py", id, "'kilo'", "kilo",
                "op.add_column('t', sa.Column('" + id + "', sa.Integer()))", "op.drop_column('t', '" + id + "')", imports);
        Fixtures.write(p, Fixtures.read(p).replace("branch_labels = None", "branch_labels = " + labels));
        Alembic.write(versions.resolve(dir), id + "1_next.py", id + "1", "'" + id + "'",
                "op.add_column('t', sa.Column('" + id + "1', sa.Integer()))", "op.drop_column('t', '" + id + "1')");
    }

    @Test
    void labelsNamedByAProjectModuleConstantAreResolved() {
        branch("liberty/contract", "30018084ec99", "(cli.CONTRACT_BRANCH,)", "\nfrom neutron.db.migration import cli\n");
        branch("liberty/expand", "354db87e3225", "(EXPAND_BRANCH,)", "\nfrom neutron.db.migration.cli import EXPAND_BRANCH\n");

        DoctorReport r = Doctor.run(DoctorRequest.of(versions));

        assertThat(r.findings()).isEmpty();
        assertThat(AlembicReader.read(versions.resolve("liberty/contract/30018084ec99_initial.py"),
                Fixtures.read(versions.resolve("liberty/contract/30018084ec99_initial.py"))).branchLabels())
                .containsExactly("contract");
        assertThat(AlembicReader.read(versions.resolve("liberty/expand/354db87e3225_initial.py"),
                Fixtures.read(versions.resolve("liberty/expand/354db87e3225_initial.py"))).branchLabels())
                .containsExactly("expand");
    }

    @Test
    void aConstantOfTheSameFileIsResolved() {
        branch("liberty/contract", "30018084ec99", "(CONTRACT,)", "\nCONTRACT = 'contract'\n");
        branch("liberty/expand", "354db87e3225", "('expand',)", "");
        assertThat(Doctor.run(DoctorRequest.of(versions)).findings()).isEmpty();
    }

    @Test
    void anUnresolvableLabelIsOneFindingAndTheRestIsStillRead() {
        branch("liberty/contract", "30018084ec99", "(elsewhere.CONTRACT_BRANCH,)", "\nfrom somewhere_else import elsewhere\n");
        branch("liberty/expand", "354db87e3225", "('expand',)", "");

        DoctorReport r = Doctor.run(DoctorRequest.of(versions));

        Finding f = CalibrationTest.only(r, "unreadable-revision");
        assertThat(f.file()).isEqualTo(versions.resolve("liberty/contract/30018084ec99_initial.py"));
        assertThat(f.message()).contains("elsewhere.CONTRACT_BRANCH");
        // Its child names it as parent: that is no missing parent, and no second head appears.
        assertThat(r.findings()).extracting(Finding::code).containsExactly("unreadable-revision");
    }
}
