package dev.retort.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:upgrade}: apply the revisions up to {@code retort.target} (default head). */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class UpgradeMojo extends RetortMojo {
    /** head, heads, an id, a label, +N, or with sql a range like base:head. */
    @Parameter(property = "retort.target", defaultValue = "head")
    String target;

    /** Log the SQL script instead of running it; never connects (the CLI's {@code --sql}). */
    @Parameter(property = "retort.sql", defaultValue = "false")
    boolean sql;

    /** With sql and no url: postgresql, mysql, sqlite or h2. */
    @Parameter(property = "retort.dialect")
    String dialect;

    @Override
    void run(Goal goal) {
        if (sql) {
            goal.writer().println(goal.configure().load().upgradeSql(target, dialect));
            return;
        }
        goal.printing().upgrade(target);
    }

    @Override
    String goal() {
        return "upgrade";
    }
}
