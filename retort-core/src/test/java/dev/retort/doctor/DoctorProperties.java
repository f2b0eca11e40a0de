package dev.retort.doctor;

import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.report.DoctorReport;
import dev.retort.doctor.report.JsonReport;
import dev.retort.doctor.report.SarifReport;
import dev.retort.doctor.report.TextReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.RetortException;
import dev.retort.doctor.DoctorRequest.Mode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Doctor on generated folders. Any content gives findings or a clean usage error and, without
 * --apply, changes nothing on disk; on broken but readable chains --apply leaves doctor clean.
 */
class DoctorProperties {

    /** A file to write: name and bytes. */
    record Entry(String name, byte[] bytes) {}

    @Property(tries = 60)
    void anyFolderGivesFindingsOrAUsageErrorAndFixTouchesNothing(@ForAll("folders") List<Entry> entries) throws IOException {
        Path dir = Files.createTempDirectory("doctor-prop");
        try {
            for (Entry e : entries) {
                Files.write(dir.resolve(e.name()), e.bytes());
            }
            Map<String, String> before = Fixtures.snapshot(dir);
            for (Mode mode : List.of(Mode.REPORT, Mode.FIX)) {
                try {
                    DoctorReport r = Doctor.run(DoctorRequest.of(dir).withMode(mode));
                    TextReport.write(r, dir, new StringBuilder());
                    JsonReport.write(r, dir, new StringWriter());
                    SarifReport.write(r, dir, "test", new StringWriter());
                    if (r.repair() != null) {
                        r.repair().diff(dir);
                    }
                } catch (RetortException e) {
                    assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
                }
                assertThat(Fixtures.snapshot(dir)).isEqualTo(before);
            }
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 60)
    void applyLeavesABrokenChainClean(@ForAll("chains") List<Entry> entries) throws IOException {
        Path dir = Files.createTempDirectory("doctor-chain");
        try {
            for (Entry e : entries) {
                Files.write(dir.resolve(e.name()), e.bytes());
            }
            DoctorReport fixed = Doctor.run(DoctorRequest.of(dir).withMode(Mode.APPLY));
            assertThat(fixed.repair().refused()).isEmpty();
            DoctorReport after = Doctor.run(DoctorRequest.of(dir));
            assertThat(after.findings()).as("after fixing %s", fixed.findings()).isEmpty();
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 12)
    void alembicAgreesAfterApply(@ForAll("alembicChains") List<Entry> entries) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(AlembicOracle.available(), "python3-alembic is not installed");
        Path dir = Files.createTempDirectory("doctor-alembic");
        try {
            for (Entry e : entries) {
                Files.write(dir.resolve(e.name()), e.bytes());
            }
            Doctor.run(DoctorRequest.of(dir).withMode(Mode.APPLY));
            AlembicOracle.Result alembic = AlembicOracle.run(dir);
            assertThat(alembic.exit()).as(alembic.err()).isZero();
            assertThat(alembic.heads()).hasSize(1);
            // Several bases are fine when a merge joins them: one head, every revision walked.
            assertThat(alembic.bases()).isNotEmpty();
            assertThat(alembic.walked()).hasSize(entries.size());
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<List<Entry>> folders() {
        Arbitrary<String> contents = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.of(AlembicFiles.py("a1", List.of(), "2025-01-01"), AlembicFiles.py("b2", List.of("a1"), "2025-01-02"),
                        AlembicFiles.py("c3", List.of("a1_file"), "2025-01-03"), AlembicFiles.py("d4", List.of("zz"), "2025-01-04"),
                        AlembicFiles.sql("s1", List.of("a1"), "2025-01-05"), AlembicFiles.sql("s2", List.of(), "2025-01-06"),
                        "-- Revision ID:\n", "@Revision(id = \"j1\", revises = {\"a1\",})\nclass J {}\n", "@Revision(\n"),
                Arbitraries.integers().between(0, 400).map(n -> truncated(AlembicFiles.py("t", List.of("a1"), "2025"), n)));
        Arbitrary<byte[]> bytes = Arbitraries.oneOf(
                contents.map(s -> s.getBytes(StandardCharsets.UTF_8)),
                contents.map(s -> ("\uFEFF" + s.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
        Arbitrary<String> names = Combinators.combine(Arbitraries.of("a1_file", "b2", "c3", "x", "y", "zz", "oauth"),
                Arbitraries.of(".py", ".sql", ".java")).as((n, ext) -> n + ext);
        return Combinators.combine(names, bytes).as(Entry::new).list().ofMinSize(1).ofMaxSize(8)
                .uniqueElements(Entry::name);
    }

    /**
     * Readable chains with the classic mistakes: a parent named by file name, a second root,
     * two heads, a docstring that drifted, a file name without the id.
     */
    @Provide
    Arbitrary<List<Entry>> chains() {
        return chains(Arbitraries.of(".py", ".sql"));
    }

    @Provide
    Arbitrary<List<Entry>> alembicChains() {
        return chains(Arbitraries.just(".py"));
    }

    private Arbitrary<List<Entry>> chains(Arbitrary<String> format) {
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 9);
        return size.flatMap(n -> Combinators.combine(
                        Arbitraries.integers().between(-1, 20).list().ofSize(n),
                        Arbitraries.integers().between(-8, 20).list().ofSize(n),
                        Arbitraries.of("ok", "by-name", "drift").list().ofSize(n),
                        Arbitraries.of(true, false).list().ofSize(n),
                        format.list().ofSize(n))
                .as((parents, merges, styles, named, formats) -> {
                    List<Entry> out = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        String id = "r" + i;
                        String stem = named.get(i) ? id + "_step" : "step_" + (char) ('a' + i);
                        int p = parents.get(i) < 0 || i == 0 ? -1 : parents.get(i) % i;
                        List<String> revises = new ArrayList<>();
                        if (p >= 0) {
                            revises.add(styles.get(i).equals("by-name") ? stemOf(p, named) : "r" + p);
                            int q = merges.get(i) < 0 ? -1 : merges.get(i) % i;
                            if (q >= 0 && q != p) {
                                revises.add("r" + q);
                            }
                        }
                        String date = String.format("2025-01-%02d 10:00:00", i + 1);
                        String content = formats.get(i).equals(".py")
                                ? AlembicFiles.py(id, revises, date, styles.get(i).equals("drift") ? List.of("r99") : revises)
                                : AlembicFiles.sql(id, revises, date);
                        out.add(new Entry(stem + formats.get(i), content.getBytes(StandardCharsets.UTF_8)));
                    }
                    return out;
                }));
    }

    private static String truncated(String s, int n) {
        return s.substring(0, Math.min(n, s.length()));
    }

    private static String stemOf(int i, List<Boolean> named) {
        return named.get(i) ? "r" + i + "_step" : "step_" + (char) ('a' + i);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Revision file texts for generated folders. */
    static final class AlembicFiles {
        private AlembicFiles() {}

        static String py(String id, List<String> revises, String date) {
            return py(id, revises, date, revises);
        }

        static String py(String id, List<String> revises, String date, List<String> docRevises) {
            String down = revises.isEmpty() ? "None" : revises.size() == 1 ? "'" + revises.get(0) + "'"
                    : "(" + String.join(", ", revises.stream().map(r -> "'" + r + "'").toList()) + ",)";
            return "\"\"\"step " + id + "\n\nRevision ID: " + id + "\nRevises: " + String.join(", ", docRevises)
                    + "\nCreate Date: " + date + "\n\n\"\"\"\nfrom alembic import op\n\nrevision = '" + id
                    + "'\ndown_revision = " + down + "\nbranch_labels = None\ndepends_on = None\n\n\n"
                    + "def upgrade():\n    op.create_table('t_" + id + "')\n\n\ndef downgrade():\n    op.drop_table('t_" + id + "')\n";
        }

        static String sql(String id, List<String> revises, String date) {
            return "-- step " + id + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + String.join(", ", revises)
                    + "\n-- Create Date: " + date + "\n\n-- +upgrade\nCREATE TABLE t_" + id + " (id INT);\n\n-- +downgrade\nDROP TABLE t_" + id + ";\n";
        }
    }

}
