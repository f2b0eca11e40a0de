package dev.retort.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:downgrade -Dretort.target=REV}: undo the revisions above {@code REV} (base, an id, -N). */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class DowngradeMojo extends RetortMojo {
    /** Where to go down to: base, an id, a label, -N; with sql a range like head:base. */
    @Parameter(property = "retort.target", required = true)
    String target;

    @Parameter(property = "retort.sql", defaultValue = "false")
    boolean sql;

    @Parameter(property = "retort.dialect")
    String dialect;

    @Override
    void run(Goal goal) {
        if (sql) {
            goal.writer().println(goal.configure().load().downgradeSql(target, dialect));
            return;
        }
        goal.printing().downgrade(target);
    }

    @Override
    String goal() {
        return "downgrade";
    }
}
