package dev.retort.doctor;

import dev.retort.doctor.run.Doctor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.lint.run.Lint;
import dev.retort.lint.LintRequest;
import dev.retort.report.Finding;
import dev.retort.script.RevisionHeader;
import dev.retort.script.compile.RevisionCompiler;
import dev.retort.support.TestProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code void downgrade(} in a comment or string is not the method: doctor and lint agree the downgrade is derived. */
class JavaDowngradeTextTest {
    private static final String CREATE = "op.createTable(\"audit\", t -> t.column(\"id\", BIGINT, c -> c.primaryKey()));";

    private static List<String> doctorCodes(TestProject p) {
        return Doctor.run(DoctorRequest.of(p.root().resolve("migrations/versions"))).findings().stream()
                .map(Finding::code).toList();
    }

    private static List<String> lintCodes(TestProject p) {
        List<RevisionHeader> all = p.revisions();
        Set<String> ids = all.stream().map(RevisionHeader::id).collect(Collectors.toSet());
        return Lint.run(new LintRequest(all, ids, "sqlite", new RevisionCompiler(p.root(), List.of()), "all revisions"))
                .findings().stream().map(Finding::code).filter(c -> c.equals("empty-downgrade")).toList();
    }

    @Test
    void aDowngradeInACommentIsNoMethod(@TempDir Path dir) {
        TestProject p = new TestProject(dir);
        p.java("a1", null, CREATE + "\n// public void downgrade(Ops op) { } was removed", null, null);
        assertThat(doctorCodes(p)).doesNotContain("empty-downgrade");
        assertThat(lintCodes(p)).isEmpty();
    }

    @Test
    void aDowngradeInAStringIsNoMethod(@TempDir Path dir) {
        TestProject p = new TestProject(dir);
        p.java("a1", null, CREATE + "\nString note = \"void downgrade(Ops op) { }\";", null, null);
        assertThat(doctorCodes(p)).doesNotContain("empty-downgrade");
        assertThat(lintCodes(p)).isEmpty();
    }

    @Test
    void anEmptyWrittenDowngradeIsStillFoundByBoth(@TempDir Path dir) {
        TestProject p = new TestProject(dir);
        Path file = p.java("a1", null, CREATE + "\n// void downgrade(Ops op) { op.dropTable(\"audit\"); }", "// nothing to undo", null);
        assertThat(doctorCodes(p)).contains("empty-downgrade");
        assertThat(lintCodes(p)).containsExactly("empty-downgrade");
        int methodLine = Fixtures.read(file).lines().toList().indexOf("    public void downgrade(Ops op) {") + 1;
        Finding f = Doctor.run(DoctorRequest.of(p.root().resolve("migrations/versions"))).findings().stream()
                .filter(x -> x.code().equals("empty-downgrade")).findFirst().orElseThrow();
        assertThat(f.line()).isEqualTo(methodLine);
    }
}
