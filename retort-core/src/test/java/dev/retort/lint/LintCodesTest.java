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
 * Every lint code fires on its dangerous revision and not on the safe twin, in SQL and in Java
 * (compiled by the real revision compiler), pointing at the offending line. The twins are
 * clean of every code, so they show the safe way, not merely another way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LintCodesTest {
    private final Map<String, Path> files = new LinkedHashMap<>();
    private LintReport report;

    @BeforeAll
    void lintAllCases(@TempDir Path dir) {
        TestProject p = new TestProject(dir);
        p.sql("root0", null, LintCases.BASE, "DROP TABLE orders;\nDROP TABLE users;");
        for (LintCases.Case c : LintCases.ALL) {
            String id = c.code().replace('-', '_');
            if (c.sqlBad() != null) {
                files.put(id + "_sql_bad", sql(p, id + "_sql_bad", c.sqlBad()));
                files.put(id + "_sql_good", sql(p, id + "_sql_good", c.sqlGood()));
            }
            files.put(id + "_java_bad", java(p, id + "_java_bad", c.javaBad()));
            files.put(id + "_java_good", java(p, id + "_java_good", c.javaGood()));
        }
        // developed on SQLite, deployed on PostgreSQL: every case is PostgreSQL's SQL, so only not-portable's bad twins are flagged
        report = LintProject.lint(p, "postgresql", new dev.retort.engine.PortableSql.Targets(
                List.of(dev.retort.dialect.registry.Dialects.named("postgresql")), dev.retort.dialect.registry.Dialects.named("sqlite")), "root0");
    }

    private static Path sql(TestProject p, String id, LintCases.Variant v) {
        return v.transaction() == null ? p.sql(id, "root0", v.upgrade(), v.downgrade())
                : p.sql(id, "root0", v.upgrade(), v.downgrade(), "Transaction: " + v.transaction());
    }

    private static Path java(TestProject p, String id, LintCases.Variant v) {
        return v.annotation() == null ? p.java(id, "root0", v.upgrade(), v.downgrade(), v.transaction())
                : p.java(id, "root0", v.upgrade(), v.downgrade(), v.transaction(), v.annotation());
    }

    private List<Finding> in(Path file) {
        return report.findings().stream().filter(f -> f.file().equals(file)).toList();
    }

    /** The line marked {@code -- <} or {@code // <}, or 0 when none is. */
    private static int marked(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().endsWith("-- <") || lines.get(i).stripTrailing().endsWith("// <")) {
                return i + 1;
            }
        }
        return 0;
    }

    @TestFactory
    Stream<DynamicTest> badRevisionsTriggerTheirCode() {
        List<DynamicTest> tests = new ArrayList<>();
        for (LintCases.Case c : LintCases.ALL) {
            String id = c.code().replace('-', '_');
            for (String format : List.of("sql", "java")) {
                Path file = files.get(id + "_" + format + "_bad");
                if (file == null) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(c.code() + " (" + format + ")", () -> {
                    List<Finding> found = in(file).stream().filter(f -> f.code().equals(c.code())).toList();
                    assertThat(found).as("findings in %s: %s", file.getFileName(), in(file)).hasSize(1);
                    Finding f = found.get(0);
                    int line = marked(file);
                    if (line > 0) {
                        assertThat(f.line()).as("line of %s", c.code()).isEqualTo(line);
                    }
                    assertThat(f.message()).isNotBlank();
                    assertThat(f.why()).isNotBlank();
                    assertThat(f.fix()).isNotBlank();
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> safeTwinsAreClean() {
        List<DynamicTest> tests = new ArrayList<>();
        for (LintCases.Case c : LintCases.ALL) {
            String id = c.code().replace('-', '_');
            for (String format : List.of("sql", "java")) {
                Path file = files.get(id + "_" + format + "_good");
                if (file == null) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(c.code() + " (" + format + ")",
                        () -> assertThat(in(file)).as("findings in %s", file.getFileName()).isEmpty()));
            }
        }
        return tests.stream();
    }

    @Test
    void everyCodeHasACase() {
        assertThat(LintCases.ALL.stream().map(LintCases.Case::code).toList()).containsExactlyInAnyOrderElementsOf(Lint.codes());
    }

    @Test
    void findingsComeInFileOrderThenLine() {
        List<Finding> f = report.findings();
        assertThat(report.revisions()).doesNotContain("root0").hasSize(files.size());
        for (int i = 1; i < f.size(); i++) {
            if (f.get(i).file().equals(f.get(i - 1).file())) {
                assertThat(f.get(i).line()).isGreaterThanOrEqualTo(f.get(i - 1).line());
            }
        }
    }
}
