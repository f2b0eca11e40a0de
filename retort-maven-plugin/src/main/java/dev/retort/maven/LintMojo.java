package dev.retort.maven;

import dev.retort.LintRequest;
import dev.retort.LintResult;
import dev.retort.Retort;
import dev.retort.RetortException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:lint}: flag dangerous operations in revisions (by default those the database
 * has not applied, all without a database); fails the build on errors (on warnings too with
 * strict). Bound to verify as a quality gate.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class LintMojo extends Findings {
    /** Revisions to lint: a range like base:head or ae10: , or one identifier. */
    @Parameter(property = "retort.range")
    String range;

    /** postgresql, mysql, sqlite or h2 (default: the configured url's). */
    @Parameter(property = "retort.dialect")
    String dialect;

    @Override
    void run(Goal goal) {
        LintResult result = Retort.lint(goal.configure(), new LintRequest(null, range, dialect));
        write(goal, result.report());
        if (result.fails(strict)) {
            throw new RetortException(RetortException.Kind.PROBLEMS, "lint found " + result.findings().size()
                    + " finding(s) in " + result.revisions().size() + " revision(s)" + (strict ? " (strict: warnings count)" : ""),
                    "change the revision, or silence a reviewed finding with '-- retort:allow CODE reason'");
        }
    }

    @Override
    String goal() {
        return "lint";
    }
}
