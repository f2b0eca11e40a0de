package dev.retort.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.report.DoctorReport;
import dev.retort.doctor.DoctorRequest;
import dev.retort.graph.RevisionMap;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import dev.retort.script.RevisionHeader;
import dev.retort.script.ScriptDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Alembic projects' revision graphs (facts only, see alembic-corpus/extract.py), written
 * back as stub revision files: Retort's heads, history order and branch points must be the real
 * Alembic's answers on the same files, and doctor must find no error in any of them.
 */
// every case works in a folder and scratch databases of its own: cases run concurrently
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class AlembicCorpusTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;

    static Stream<String> projects() {
        return CorpusProject.names().stream();
    }

    @Test
    void theCorpusHoldsAtLeastTenProjects() {
        assertThat(CorpusProject.names()).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest
    @MethodSource("projects")
    void headsHistoryAndBranchesAreAlembics(String name) throws Exception {
        Path versions = dir.resolve(name).resolve("versions");
        CorpusProject.load(name).writeStubs(versions);
        List<String> alembic = oracle(versions);

        RevisionMap map = RevisionMap.of(new ScriptDirectory(versions.getParent()).revisions());
        List<RevisionHeader> history = map.history(null);
        assertThat(map.heads()).as("heads").containsExactlyElementsOf(words(alembic, "heads:"));
        assertThat(history.stream().map(RevisionHeader::id).toList()).as("history order")
                .containsExactlyElementsOf(lines(alembic, "history: "));
        assertThat(history.stream().map(RevisionHeader::id).filter(map::isBranchPoint).toList()).as("branch points")
                .containsExactlyElementsOf(lines(alembic, "branch: "));
    }

    @ParameterizedTest
    @MethodSource("projects")
    void doctorFindsNoErrorsAndPasses(String name) {
        Path versions = dir.resolve(name).resolve("versions");
        CorpusProject project = CorpusProject.load(name);
        project.writeStubs(versions);
        DoctorReport report = Doctor.run(DoctorRequest.of(versions));
        assertThat(report.files()).isEqualTo(project.facts().size());
        List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).as("error findings on a project Alembic runs").isEmpty();
        assertThat(report.fails(false)).as("doctor's exit code is 1 on a project Alembic runs").isFalse();
    }

    private static List<String> lines(List<String> out, String prefix) {
        return out.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).trim()).toList();
    }

    private static List<String> words(List<String> out, String prefix) {
        return out.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> l.substring(prefix.length()).trim()).filter(s -> !s.isEmpty())
                .map(s -> List.of(s.split(" "))).orElse(List.of());
    }

    /** Independent heads print in load order: files of a folder, sorted, before its subfolders. */
    @Test
    void multiHeadHistoryFollowsAlembicsWalk() throws Exception {
        Path versions = dir.resolve("walk/versions");
        List<CorpusProject.Fact> facts = List.of(
                new CorpusProject.Fact("b_top.py", "b1", null, List.of("bee"), null),
                new CorpusProject.Fact("b_next.py", "b2", List.of("b1"), null, null),
                new CorpusProject.Fact("a/x.py", "x1", null, List.of("ex"), null),
                new CorpusProject.Fact("a/b/y.py", "y1", null, List.of("why"), null),
                new CorpusProject.Fact("c_top.py", "c1", null, List.of("sea"), null),
                new CorpusProject.Fact("a_sibling.py", "s1", null, List.of("ess"), null));
        new CorpusProject("walk", facts).writeStubs(versions);
        List<String> alembic = oracle(versions);
        RevisionMap map = RevisionMap.of(new ScriptDirectory(versions.getParent()).revisions());
        assertThat(map.heads()).containsExactlyElementsOf(words(alembic, "heads:"));
        assertThat(map.history(null).stream().map(RevisionHeader::id).toList()).containsExactlyElementsOf(lines(alembic, "history: "));
    }

    private static List<String> oracle(Path versions) throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            skip();
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-B", CorpusProject.folder().resolve("oracle.py").toString(),
                versions.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the Alembic oracle timed out");
        }
        if (p.exitValue() != 0) {
            skip(); // python3-alembic missing; the oracle's traceback is on stderr
        }
        return out.lines().toList();
    }

    private static void skip() {
        if ("1".equals(System.getenv("RETORT_REQUIRE_DATABASES"))) {
            fail("python3-alembic is required for the corpus oracle");
        }
        Assumptions.abort("python3-alembic not available");
    }
}
