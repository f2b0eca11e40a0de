package dev.retort.lint;

import dev.retort.lint.run.Lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.report.Finding;
import dev.retort.support.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every lint code fires on its dangerous Alembic revision and not on the safe twin, read from
 * the .py files as text, pointing at the line and column of the call. The base revision is an
 * Alembic revision too, so the schema lint knows comes from op.create_table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlembicLintCodesTest {
    private final Map<String, Path> files = new LinkedHashMap<>();
    private LintReport report;

    @BeforeAll
    void lintAllCases(@TempDir Path dir) {
        TestProject p = new TestProject(dir);
        p.write("0001_base.py", AlembicLintCases.file("b0", null, AlembicLintCases.BASE, AlembicLintCases.BASE_DOWN, false));
        for (AlembicLintCases.Case c : AlembicLintCases.ALL) {
            String id = c.code().replace('-', '_');
            for (String kind : List.of("bad", "good")) {
                AlembicLintCases.Variant v = kind.equals("bad") ? c.bad() : c.good();
                String rev = id + "_" + kind;
                files.put(rev, p.write(rev + ".py", AlembicLintCases.file(rev, "b0", v.upgrade(), v.downgrade(), v.markDowngrade())));
            }
        }
        report = LintProject.lint(p, "postgresql", "b0");
    }

    private List<Finding> in(Path file) {
        return report.findings().stream().filter(f -> f.file().equals(file)).toList();
    }

    /** The line marked {@code # <} and the column of its first character, or null when none is. */
    private static int[] marked(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.stripTrailing().endsWith("# <")) {
                return new int[] {i + 1, l.length() - l.stripLeading().length() + 1};
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> badRevisionsTriggerTheirCodeAtTheCall() {
        List<DynamicTest> tests = new ArrayList<>();
        for (AlembicLintCases.Case c : AlembicLintCases.ALL) {
            Path file = files.get(c.code().replace('-', '_') + "_bad");
            tests.add(DynamicTest.dynamicTest(c.code(), () -> {
                List<Finding> found = in(file).stream().filter(f -> f.code().equals(c.code())).toList();
                assertThat(found).as("findings in %s: %s", file.getFileName(), in(file)).hasSize(1);
                Finding f = found.get(0);
                int[] at = marked(file);
                assertThat(at).as("marker in %s", file.getFileName()).isNotNull();
                assertThat(f.line()).as("line of %s", c.code()).isEqualTo(at[0]);
                if (!c.code().equals("unknown-allow") && !c.code().equals("empty-downgrade")) {
                    assertThat(f.column()).as("column of %s", c.code()).isEqualTo(at[1]);
                }
                assertThat(f.message()).isNotBlank();
                assertThat(f.why()).isNotBlank();
                assertThat(f.fix()).isNotBlank().doesNotContain("-- retort:allow", "Transaction: none", "Java:");
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> safeTwinsAreClean() {
        return AlembicLintCases.ALL.stream().map(c -> {
            Path file = files.get(c.code().replace('-', '_') + "_good");
            return DynamicTest.dynamicTest(c.code(), () -> assertThat(in(file)).as("findings in %s", file.getFileName()).isEmpty());
        });
    }

    @Test
    void everyCodeHasAnAlembicCase() {
        // irreversible-operation is about derived downgrades, which only Java revisions have
        assertThat(AlembicLintCases.ALL.stream().map(AlembicLintCases.Case::code).toList())
                .containsExactlyInAnyOrderElementsOf(Lint.codes().stream()
                        // Alembic revisions are read as text, not checked against the databases a project lists
                        .filter(c -> !c.equals("irreversible-operation") && !c.equals("not-portable")).toList());
    }

    @Test
    void everyRevisionIsLinted() {
        assertThat(report.revisions()).doesNotContain("b0").hasSize(files.size());
    }
}
