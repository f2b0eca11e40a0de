package dev.retort.maven;

import dev.retort.AppliedInfo;
import dev.retort.Current;
import dev.retort.Retort;
import dev.retort.RevisionInfo;
import java.util.HashMap;
import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:history}: the revisions, newest first, marking what the database has applied. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class HistoryMojo extends RetortMojo {
    /** A range like base:head or ae10: (default all). */
    @Parameter(property = "retort.range")
    String range;

    /**
     * Also mark the database's current revisions (current), the other applied ones (applied) and
     * failed ones (failed ...), as the CLI's {@code -i} does (connects).
     */
    @Parameter(property = "retort.indicateCurrent", defaultValue = "false")
    boolean indicateCurrent;

    @Override
    void run(Goal goal) {
        Retort retort = goal.configure().forReading().load();
        Map<String, String> marks = indicateCurrent ? marks(retort.current()) : Map.of();
        for (RevisionInfo r : retort.revisions().history(range)) {
            String parents = r.revises().isEmpty() ? "<base>" : String.join(", ", r.revises());
            String mark = marks.get(r.id());
            goal.info(parents + " -> " + CurrentMojo.line(r) + (mark == null ? "" : " (" + mark + ")"));
        }
    }

    /** The database's heads are current, the rest applied, broken ones failed. */
    private static Map<String, String> marks(Current current) {
        Map<String, String> marks = new HashMap<>();
        for (AppliedInfo a : current.applied()) {
            marks.put(a.id(), a.isFailed() ? "failed " + a.failed().text() : "applied");
        }
        current.heads().forEach(id -> marks.put(id, "current"));
        return marks;
    }

    @Override
    String goal() {
        return "history";
    }
}
