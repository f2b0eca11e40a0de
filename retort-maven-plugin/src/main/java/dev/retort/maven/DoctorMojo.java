package dev.retort.maven;

import dev.retort.DoctorRequest;
import dev.retort.DoctorResult;
import dev.retort.Retort;
import dev.retort.RetortException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:doctor}: diagnose the revision chain, and with a database what it has applied;
 * fails the build on errors (on warnings too with strict). Bound to verify as a quality gate.
 */
@Mojo(name = "doctor", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class DoctorMojo extends Findings {
    /** Check the revision files only; do not connect to the database. */
    @Parameter(property = "retort.filesOnly", defaultValue = "false")
    boolean filesOnly;

    /** The database's version table (default: the configured one). */
    @Parameter(property = "retort.versionTable")
    String versionTable;

    @Override
    void run(Goal goal) {
        DoctorResult result = Retort.doctor(goal.configure(),
                new DoctorRequest(null, DoctorRequest.Mode.REPORT, filesOnly, versionTable));
        result.notes().forEach(goal::warn);
        write(goal, result.report());
        if (result.fails(strict)) {
            throw new RetortException(RetortException.Kind.PROBLEMS, "doctor found " + result.outstanding().size()
                    + " problem(s) in the revisions" + (strict ? " (strict: warnings count)" : ""),
                    "read the report above; 'retort doctor --fix' shows the repair");
        }
    }

    @Override
    String goal() {
        return "doctor";
    }
}
