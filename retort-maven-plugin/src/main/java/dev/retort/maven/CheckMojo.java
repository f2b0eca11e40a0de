package dev.retort.maven;

import dev.retort.CheckResult;
import dev.retort.RetortException;
import dev.retort.SchemaChange;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:check}: fails the build, listing the operations, when the database at head
 * differs from the model ([model] in retort.toml). Bound to verify as a quality gate.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class CheckMojo extends RetortMojo {
    @Override
    void run(Goal goal) {
        CheckResult result = goal.configure().load().check();
        result.notes().forEach(n -> goal.info("Note: " + n));
        if (result.isEmpty()) {
            goal.info("No changes in schema detected.");
            return;
        }
        goal.warn(result.changes().size() + " change(s) between the database and the model:");
        for (SchemaChange change : result.changes()) {
            goal.warn("  " + change.description());
            if (change.review() != null) {
                goal.warn("    " + change.review());
            }
        }
        throw new RetortException(RetortException.Kind.PROBLEMS, "the database differs from the model: "
                + result.changes().size() + " change(s)",
                "run 'mvn retort:revision -Dretort.autogenerate -Dretort.message=\"...\"' to write them as a revision");
    }

    @Override
    String goal() {
        return "check";
    }
}
