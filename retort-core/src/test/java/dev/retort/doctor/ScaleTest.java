package dev.retort.doctor;

import dev.retort.doctor.checks.Checks;
import dev.retort.doctor.repair.Fixer;
import dev.retort.doctor.repair.Repair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.retort.report.Finding;
import dev.retort.script.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Large and pathological shapes stay linear-ish: a deep chain (no recursion to overflow), ten
 * thousand roots, ten thousand heads. Generous limits; they catch quadratic work, not noise.
 */
class ScaleTest {
    private static final int N = 10_000;
    private static final Path DIR = Path.of("versions");

    private static List<ScriptFile> files(IntFunction<String> parentOf) {
        List<ScriptFile> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            String id = String.format("r%05d", i);
            String parent = parentOf.apply(i);
            String sql = "-- step\n-- Revision ID: " + id + "\n-- Revises: " + (parent == null ? "" : parent)
                    + "\n-- Create Date: 2025-01-01 " + id + "\n\n-- +upgrade\nCREATE TABLE t (id INT);\n-- +downgrade\nDROP TABLE t;\n";
            out.add(ScriptFile.of(DIR.resolve(id + "_step.sql"), Format.SQL, sql.getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static List<Finding> check(List<ScriptFile> files) {
        Analysis a = new Analysis(files, DoctorRequest.of(DIR));
        return Checks.run(Checks.ALL, a, true).stream().map(Diagnosis::finding).toList();
    }

    @Test
    void deepChainWithALoopAtTheEnd() {
        List<ScriptFile> files = files(i -> i == 0 ? String.format("r%05d", N - 1) : String.format("r%05d", i - 1));
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(files));
        assertThat(findings).extracting(Finding::code).containsExactly("cycle");
        assertThat(findings.get(0).message()).startsWith("revisions form a loop: r00000 -> r09999 -> r09998");
    }

    @Test
    void tenThousandRootsAreChainedInOnePass() {
        List<ScriptFile> files = files(i -> null);
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(files));
        assertThat(findings).extracting(Finding::code).containsExactly("multiple-roots");
        assertThat(findings.get(0).message()).startsWith("10000 revisions revise nothing").contains("and 9990 more");
        Repair repair = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Fixer.run(files, DoctorRequest.of(DIR)));
        assertThat(repair.remaining()).isEmpty();
        assertThat(repair.changes()).hasSize(N - 1);
    }

    @Test
    void tenThousandHeadsAreOneFinding() {
        List<ScriptFile> files = files(i -> i == 0 ? null : "r00000");
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(files));
        assertThat(findings).extracting(Finding::code).containsExactly("multiple-heads");
        assertThat(findings.get(0).message()).startsWith("9999 heads:");
    }
}
