package dev.retort.maven;

import dev.retort.AppliedInfo;
import dev.retort.Current;
import dev.retort.Retort;
import dev.retort.RevisionGraph;
import dev.retort.RevisionInfo;
import dev.retort.TerminalText;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:current}: the revisions the database is at, and what is pending. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class CurrentMojo extends RetortMojo {
    @Override
    void run(Goal goal) {
        Retort retort = goal.configure().load();
        RevisionGraph graph = retort.revisions();
        Current current = retort.current();
        goal.info("Current revision(s) for " + current.url() + ":");
        for (String id : current.heads()) {
            goal.info("  " + graph.find(id).map(CurrentMojo::line).orElse(TerminalText.escape(id) + " (no revision file defines it)"));
        }
        for (String id : current.unknown()) {
            goal.warn("  " + TerminalText.escape(id) + " (unknown: no revision file defines it; restore the file, or stamp with purge)");
        }
        for (AppliedInfo a : current.applied()) {
            if (a.isFailed()) {
                goal.warn("  " + TerminalText.escape(a.id()) + " (failed " + a.failed().text() + "; undo it and run retort:repair)");
            }
        }
        if (current.heads().isEmpty() && current.unknown().isEmpty()) {
            goal.info("  (base: no revision applied)");
        }
        goal.info(current.pending() == null ? "Pending: unknown (the database has revisions no file defines)"
                : current.pending().isEmpty() ? "Pending: none, the database is at its heads"
                : "Pending: " + current.pending().size() + " (" + String.join(", ", current.pending()) + ")");
    }

    static String line(RevisionInfo r) {
        return TerminalText.escape(r.id()) + (r.message() == null ? "" : " " + TerminalText.escape(r.message()));
    }

    @Override
    String goal() {
        return "current";
    }
}
