package dev.retort.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.retort.junit.SampleProject.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import dev.retort.support.TestDatabases;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Real JUnit runs of the {@link Samples} on one kind of database: the extension migrates once
 * per class or per test, and each assertion passes on the sound project and fails, with the
 * findings in its message, on the project broken for it.
 */
abstract class ExtensionContract {
    @TempDir
    Path dir;

    private final List<TestDatabases.Db> made = new ArrayList<>();

    /** The kind of database the samples get as retort.url; null: none (the extension's temporary SQLite file). */
    abstract TestDatabases.Kind kind();

    @AfterEach
    void drop() throws SQLException {
        for (TestDatabases.Db db : made) {
            TestDatabases.drop(db);
        }
    }

    EngineExecutionResults run(Class<?> sample, Variant variant) {
        Path config = SampleProject.write(dir.resolve(variant.name().toLowerCase() + "-" + UUID.randomUUID()), variant);
        var request = EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample))
                .configurationParameter("retort.config", config.toString());
        if (kind() != null) {
            // a database of its own for each run (unique name; skipped without a server unless RETORT_REQUIRE_DATABASES=1)
            TestDatabases.Db db = TestDatabases.create(kind(), "rt_junit_" + UUID.randomUUID().toString().substring(0, 8), dir);
            made.add(db);
            request.configurationParameter("retort.url", db.url());
        }
        return request.execute();
    }

    static void passes(EngineExecutionResults r, int tests) {
        assertThat(r.allEvents().failed().stream().map(ExtensionContract::thrown).toList()).isEmpty();
        r.testEvents().assertStatistics(s -> s.started(tests).succeeded(tests).failed(0));
    }

    static String failure(EngineExecutionResults r) {
        List<Event> failed = r.allEvents().failed().list();
        assertThat(failed).hasSize(1);
        assertThat(r.testEvents().failed().list()).hasSize(1);
        return failed.get(0).getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage();
    }

    private static String thrown(Event e) {
        Throwable t = e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        java.io.StringWriter out = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    @Test
    void migratesOncePerClass() {
        passes(run(Samples.OncePerClass.class, Variant.GOOD), 2);
    }

    @Test
    void freshGivesEachTestItsOwnDatabase() {
        passes(run(Samples.FreshPerTest.class, Variant.GOOD), 2);
    }

    @Test
    void theRecipePassesOnASoundProject() {
        passes(run(Samples.Recipe.class, Variant.GOOD), 2);
    }

    @Test
    void assertVerifiesNamesTheRevisionWhoseDowngradeDoesNotUndoItsUpgrade() {
        passes(run(Samples.Verifies.class, Variant.GOOD), 1);
        assertThat(failure(run(Samples.Verifies.class, Variant.BAD_DOWNGRADE)))
                .startsWith("retort verify failed: b2").containsIgnoringCase("table stray (left behind)");
    }

    @Test
    void assertNoDriftListsTheDifferences() {
        passes(run(Samples.NoDrift.class, Variant.GOOD), 1);
        assertThat(failure(run(Samples.NoDrift.class, Variant.DRIFT)))
                .startsWith("the database at head differs from the [model] (1 change").containsIgnoringCase("dropColumn(\"note\", \"body\")");
    }

    @Test
    void assertDoctorCleanCarriesTheFindings() {
        passes(run(Samples.DoctorClean.class, Variant.GOOD), 1);
        assertThat(failure(run(Samples.DoctorClean.class, Variant.TWO_HEADS)))
                .startsWith("retort doctor found 1 error:").contains("multiple-heads");
    }

    @Test
    void assertLintCleanCarriesTheFindings() {
        passes(run(Samples.LintClean.class, Variant.GOOD), 1);
        assertThat(failure(run(Samples.LintClean.class, Variant.DROPS_TABLE)))
                .startsWith("retort lint found 1 error:").contains("drop-table").contains("c3");
    }
}
