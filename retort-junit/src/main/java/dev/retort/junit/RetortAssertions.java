package dev.retort.junit;

import dev.retort.CheckResult;
import dev.retort.DoctorRequest;
import dev.retort.DoctorResult;
import dev.retort.Finding;
import dev.retort.LintRequest;
import dev.retort.LintResult;
import dev.retort.Report;
import dev.retort.ReportFormat;
import dev.retort.Retort;
import dev.retort.SchemaChange;
import dev.retort.VerifyRequest;
import dev.retort.VerifyResult;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;

/**
 * Quality gates for a project's own test suite, run through the facade on the test's database;
 * a failure's message holds what the command line would print (findings, failed step, changes).
 */
public final class RetortAssertions {
    private final Retort retort;
    private final Supplier<Retort.Builder> project;
    private final Path folder;

    /**
     * @param project a builder of the project on the test database, for doctor and lint (which
     *                read the configuration themselves)
     * @param folder  the revision folder named by the test, or null for the configured ones
     */
    RetortAssertions(Retort retort, Supplier<Retort.Builder> project, Path folder) {
        this.retort = retort;
        this.project = project;
        this.folder = folder;
    }

    /**
     * Every revision's downgrade undoes its upgrade: verify upgrades, downgrades and upgrades
     * again each revision on an empty scratch database beside the test database (which it
     * leaves alone), comparing the schema each time, then head with the [model] when one is set.
     */
    public void assertVerifies() {
        VerifyResult r = retort.verify(new VerifyRequest(null, null, null, null));
        if (!r.ok()) {
            Assertions.fail("retort verify failed: " + (r.failure() == null ? "head does not match the model" : r.failure())
                    + "\n" + text(r.report()));
        }
    }

    /** The test database, at head, matches the model configured in retort.toml's [model]. */
    public void assertNoDrift() {
        drift(retort.check(), "the [model]");
    }

    /** The test database, at head, matches {@code schemaFile}: the desired schema as DDL of the database's dialect. */
    public void assertNoDrift(Path schemaFile) {
        drift(retort.check(schemaFile), String.valueOf(schemaFile));
    }

    private static void drift(CheckResult r, String model) {
        if (!r.isEmpty()) {
            String changes = r.changes().stream().map(SchemaChange::description).map(d -> "  " + d)
                    .collect(Collectors.joining("\n"));
            Assertions.fail("the database at head differs from " + model + " (" + r.changes().size()
                    + (r.changes().size() == 1 ? " change" : " changes") + " a new revision would need):\n" + changes);
        }
    }

    /** Doctor finds no error in the revision chain or in what the test database applied. */
    public void assertDoctorClean() {
        DoctorRequest request = folder == null ? DoctorRequest.project()
                : new DoctorRequest(folder, DoctorRequest.Mode.REPORT, false, retort.versionTable());
        DoctorResult r = Retort.doctor(project.get(), request);
        if (r.fails(false)) {
            Assertions.fail("retort doctor found " + count(r.outstanding()) + ":\n" + text(r.report()));
        }
    }

    /** Lint finds no error in any revision (base to heads), for the test database's dialect. */
    public void assertLintClean() {
        LintResult r = Retort.lint(project.get(), new LintRequest(folder, "base:heads", null));
        if (r.fails(false)) {
            Assertions.fail("retort lint found " + count(r.findings()) + ":\n" + text(r.report()));
        }
    }

    private static String count(List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        return errors + (errors == 1 ? " error" : " errors");
    }

    private static String text(Report report) {
        StringWriter out = new StringWriter();
        report.write(ReportFormat.TEXT, Path.of("").toAbsolutePath(), false, "junit", out);
        return out.toString().stripTrailing();
    }
}
