package dev.retort.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:stamp -Dretort.target=REV[,REV]}: record revisions as applied without running them. */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class StampMojo extends RetortMojo {
    /** Where the database is: head, heads, base, ids, labels (comma-separated on the command line). */
    @Parameter(property = "retort.target", required = true)
    List<String> target;

    /** Empty the version table first, failed markers included. */
    @Parameter(property = "retort.purge", defaultValue = "false")
    boolean purge;

    @Override
    void run(Goal goal) {
        goal.printing().stamp(target, purge);
    }

    @Override
    String goal() {
        return "stamp";
    }
}
