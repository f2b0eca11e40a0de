package dev.retort.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:repair}: clear failed markers (after the database was put right by hand). */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class RepairMojo extends RetortMojo {
    /** Record the current checksum of applied files that changed (after review). */
    @Parameter(property = "retort.acceptChecksums", defaultValue = "false")
    boolean acceptChecksums;

    /** Failed revisions that were finished by hand: recorded as applied. */
    @Parameter(property = "retort.finished")
    List<String> finished;

    @Override
    void run(Goal goal) {
        goal.printing().repair(acceptChecksums, finished == null ? List.of() : finished);
    }

    @Override
    String goal() {
        return "repair";
    }
}
