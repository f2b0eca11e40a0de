package dev.retort.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.VerifyHarness;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOverrides;
import dev.retort.config.RetortConfig;
import dev.retort.support.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * verify on the four databases: right downgrades pass, and each planted fault is caught and
 * named by revision, step and schema (or row) difference.
 */
// every case works in a folder and scratch databases of its own: cases run concurrently
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
@org.junit.jupiter.api.Order(1) // one of the longest classes here: starts first
class VerifyTest {
    private static final TestDatabases DBS = new TestDatabases(VerifyTest.class);

    @TempDir
    Path dir;

    @AfterAll
    static void dropDatabases() throws Exception {
        DBS.close();
    }

    /** The configured url of the kind; verify makes its scratch place beside it. */
    private static String url(TestDatabases.Kind kind) {
        String url = DBS.get(kind).url();
        // SQL revisions name tables unquoted, Java ones quote them: H2 must fold to lower case as the others do
        return kind == TestDatabases.Kind.H2 ? url + ";DATABASE_TO_LOWER=TRUE" : url;
    }

    static VerifyReport verify(Path project, TestDatabases.Kind kind, Path data, List<String> progress) {
        RetortConfig config = new ConfigLoader(project, Map.of("DATABASE_URL", url(kind))).load(ConfigOverrides.none());
        return VerifyHarness.run(config, null, null, data, p -> progress.add(VerifyReports.passed(p)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void rightDowngradesPass(TestDatabases.Kind kind) {
        Path p = VerifyProjects.good(dir);
        List<String> progress = new ArrayList<>();
        VerifyReport r = verify(p, kind, p.resolve("data"), progress);
        assertThat(r.failure()).as("%s", r.failure()).isNull();
        assertThat(r.passed()).extracting(VerifyReport.Passed::id).containsExactly("r1", "r2", "r3", "r4", "r5", "r6");
        assertThat(progress).hasSize(6).allMatch(l -> l.matches("ok   r\\d  (r\\d  )?\\d+\\.\\d\\ds"));
        assertThat(r.database()).endsWith("dropped afterwards");
    }

    private VerifyReport.Failure fault(TestDatabases.Kind kind, String name, boolean withData) {
        Path p = VerifyProjects.fault(dir, name);
        VerifyReport r = verify(p, kind, withData ? p.resolve("data") : null, new ArrayList<>());
        assertThat(r.passed()).extracting(VerifyReport.Passed::id).containsExactly("r1");
        assertThat(r.failure()).isNotNull();
        assertThat(r.failure().revision()).isEqualTo("fault");
        assertThat(r.failure().file()).endsWith("fault." + (name.equals("empty-downgrade") ? "sql" : "java"));
        return r.failure();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDowngradeThatForgetsAnIndex(TestDatabases.Kind kind) {
        VerifyReport.Failure f = fault(kind, "forgets-index", false);
        assertThat(f.step()).isEqualTo(VerifyReport.Step.DOWNGRADE);
        assertThat(f.message()).isEqualTo("after the downgrade the schema differs from before the upgrade");
        assertThat(f.diff()).containsExactly("table customer:", "  + index ix_customer_note (note)");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDowngradeThatDropsTheWrongColumn(TestDatabases.Kind kind) {
        VerifyReport.Failure f = fault(kind, "drops-wrong-column", false);
        assertThat(f.step()).isEqualTo(VerifyReport.Step.DOWNGRADE);
        assertThat(f.diff()).hasSize(3).first().isEqualTo("table customer:");
        assertThat(f.diff().get(1)).startsWith("  - column note varchar(100) NULL");
        assertThat(f.diff().get(2)).startsWith("  + column phone varchar(20) NULL");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDowngradeThatLeavesADefault(TestDatabases.Kind kind) {
        VerifyReport.Failure f = fault(kind, "leaves-default", false);
        assertThat(f.step()).isEqualTo(VerifyReport.Step.DOWNGRADE);
        assertThat(f.diff()).hasSize(3);
        assertThat(f.diff().get(1)).isEqualTo("  - column note varchar(100) NULL");
        assertThat(f.diff().get(2)).startsWith("  + column note varchar(100) NULL DEFAULT ").contains("none");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anEmptyDowngrade(TestDatabases.Kind kind) {
        VerifyReport.Failure f = fault(kind, "empty-downgrade", false);
        assertThat(f.step()).isEqualTo(VerifyReport.Step.DOWNGRADE);
        assertThat(f.diff()).containsExactly("+ table audit (left behind)");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDataChangeThatDoesNotReverseIsCaughtByTheDataHooks(TestDatabases.Kind kind) {
        Path p = VerifyProjects.fault(dir, "loses-data");
        // the schema comes back (column order does not count), so without data it passes
        assertThat(verify(p, kind, null, new ArrayList<>()).ok()).isTrue();
        VerifyReport.Failure f = fault(kind, "loses-data", true);
        assertThat(f.step()).isEqualTo(VerifyReport.Step.DATA);
        assertThat(f.message()).isEqualTo("after the upgrade and downgrade the rows of fault.check.sql differ");
        assertThat(f.diff()).hasSize(2);
        assertThat(f.diff().get(0)).startsWith("- ").containsIgnoringCase("note=keep me");
        assertThat(f.diff().get(1)).startsWith("+ ").containsIgnoringCase("note=null");
    }
}
