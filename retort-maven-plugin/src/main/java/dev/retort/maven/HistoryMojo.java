package dev.retort.maven;

import dev.retort.Current;
import dev.retort.Retort;
import dev.retort.RevisionInfo;
import java.util.Set;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:history}: the revisions, newest first, marking what the database has applied. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class HistoryMojo extends RetortMojo {
    /** A range like base:head or ae10: (default all). */
    @Parameter(property = "retort.range")
    String range;

    /** Also mark which revisions the database has applied (connects; the CLI's {@code -i}). */
    @Parameter(property = "retort.indicateCurrent", defaultValue = "false")
    boolean indicateCurrent;

    @Override
    void run(Goal goal) {
        Retort retort = goal.configure().forReading().load();
        Set<String> heads = Set.of();
        if (indicateCurrent) {
            Current current = retort.current();
            heads = Set.copyOf(current.heads());
        }
        for (RevisionInfo r : retort.revisions().history(range)) {
            String parents = r.revises().isEmpty() ? "<base>" : String.join(", ", r.revises());
            goal.info(parents + " -> " + CurrentMojo.line(r) + (heads.contains(r.id()) ? " (current)" : ""));
        }
    }

    @Override
    String goal() {
        return "history";
    }
}
