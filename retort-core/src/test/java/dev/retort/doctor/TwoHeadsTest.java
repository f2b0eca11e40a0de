package dev.retort.doctor;

import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.repair.FileChange;
import dev.retort.doctor.report.DoctorReport;
import static dev.retort.doctor.RealCasesTest.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.doctor.DoctorRequest.Mode;
import dev.retort.report.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two feature branches grew two heads: re-parent when no database ran them, merge when one did. */
class TwoHeadsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private static Map<String, String> applied(String... ids) {
        Map<String, String> m = new HashMap<>();
        for (String id : ids) {
            m.put(id, null);
        }
        return m;
    }

    @Test
    void twoHeadsAreReported() {
        Path v = Fixtures.copy("two-heads-sql", tmp).resolve("versions");
        Finding f = only(Doctor.run(DoctorRequest.of(v)), "multiple-heads");
        assertThat(f.message()).isEqualTo("2 heads: '20250301_feature_x' (20250301_feature_x.sql), "
                + "'20250306_feature_y_index' (20250306_feature_y_index.sql)");
        assertThat(f.file()).isEqualTo(v.resolve("20250306_feature_y_index.sql"));
        assertThat(f.fix()).contains("'20250305_feature_y' will revise '20250301_feature_x'");
    }

    @Test
    void neitherAppliedReparentsTheNewerBranch() {
        Path v = Fixtures.copy("two-heads-sql", tmp).resolve("versions");
        String before = Fixtures.read(v.resolve("20250305_feature_y.sql"));
        DoctorReport r = Doctor.run(DoctorRequest.of(v).withApplied(applied("20250101_base", "20250110_accounts"), "retort_version")
                .withMode(Mode.APPLY).withClock(CLOCK));
        assertThat(r.repair().changes()).extracting(c -> c.to().getFileName().toString()).containsExactly("20250305_feature_y.sql");
        assertThat(Fixtures.read(v.resolve("20250305_feature_y.sql")))
                .isEqualTo(before.replace("-- Revises: 20250110_accounts", "-- Revises: 20250301_feature_x"));
        assertThat(Doctor.run(DoctorRequest.of(v)).findings()).isEmpty();
    }

    @Test
    void oneAppliedWritesAMergeRevisionInstead() throws Exception {
        for (String ranOne : List.of("20250301_feature_x", "20250305_feature_y")) {
            Path v = Fixtures.copy("two-heads-sql", tmp.resolve(ranOne)).resolve("versions");
            Map<String, String> before = Fixtures.snapshot(v);
            DoctorReport r = Doctor.run(DoctorRequest.of(v)
                    .withApplied(applied("20250101_base", "20250110_accounts", ranOne), "retort_version")
                    .withMode(Mode.APPLY).withClock(CLOCK));
            FileChange merge = r.repair().changes().get(0);
            assertThat(r.repair().changes()).hasSize(1);
            assertThat(merge.created()).isTrue();
            assertThat(merge.to().getFileName().toString()).endsWith("_merge_heads.sql");
            assertThat(merge.after()).contains("-- Revises: 20250301_feature_x, 20250306_feature_y_index\n")
                    .contains("-- Create Date: 2025-04-01 12:00:00\n");
            Map<String, String> after = Fixtures.snapshot(v);
            after.remove(merge.to().getFileName().toString());
            assertThat(after).as("no existing file changes").isEqualTo(before);
            assertThat(Doctor.run(DoctorRequest.of(v)).findings()).isEmpty();
        }
    }

    @Test
    void theMergeIdIsStableAcrossRuns() {
        Path v = Fixtures.copy("two-heads-sql", tmp).resolve("versions");
        DoctorRequest req = DoctorRequest.of(v).withApplied(applied("20250301_feature_x"), "db").withMode(Mode.FIX).withClock(CLOCK);
        assertThat(Doctor.run(req).repair().diff(v)).isEqualTo(Doctor.run(req).repair().diff(v));
    }

    @Test
    void alembicProjectsGetAnAlembicMergeThatAlembicAccepts() throws Exception {
        Path v = Fixtures.copy("two-heads-alembic", tmp).resolve("versions");
        DoctorReport r = Doctor.run(DoctorRequest.of(v).withApplied(applied("aa01", "cc03"), "alembic_version")
                .withMode(Mode.APPLY).withClock(CLOCK));
        FileChange merge = r.repair().changes().get(0);
        assertThat(merge.to().getFileName().toString()).endsWith("_merge_heads.py");
        assertThat(Doctor.run(DoctorRequest.of(v)).findings()).isEmpty();

        assumeTrue(AlembicOracle.available(), "python3-alembic is not installed for /usr/bin/python3");
        AlembicOracle.Result alembic = AlembicOracle.run(v);
        assertThat(alembic.exit()).as(alembic.err()).isZero();
        String mergeId = merge.to().getFileName().toString().replace("_merge_heads.py", "");
        assertThat(alembic.heads()).containsExactly(mergeId);
        assertThat(alembic.walked()).hasSize(4).startsWith(mergeId).endsWith("aa01");
    }

    @Test
    void alembicHeadsReparentedWhenNothingRan() throws Exception {
        Path v = Fixtures.copy("two-heads-alembic", tmp).resolve("versions");
        Doctor.run(DoctorRequest.of(v).withMode(Mode.APPLY));
        assertThat(Fixtures.read(v.resolve("cc03_feature_y.py"))).contains("down_revision = 'bb02'\n").contains("Revises: bb02\n");
        try (var files = Files.list(v)) {
            assertThat(files.count()).isEqualTo(3);
        }
        assumeTrue(AlembicOracle.available(), "python3-alembic is not installed for /usr/bin/python3");
        AlembicOracle.Result alembic = AlembicOracle.run(v);
        assertThat(alembic.heads()).containsExactly("cc03");
        assertThat(alembic.walked()).containsExactly("cc03", "bb02", "aa01");
    }
}
