package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.engine.AppliedRevision;
import dev.retort.MigrationListener;
import dev.retort.graph.RevisionMap;
import dev.retort.script.ControlChars;
import dev.retort.script.Revision;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the revisions the database is at.")
final class CurrentCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Json json;

    @Option(names = {"-v", "--verbose"}, description = "Show each current revision in full, when and by whom it was applied, and what is pending.")
    boolean verbose;

    CurrentCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        ProjectFiles files = ProjectFiles.openForReading(ctx, project);
        if (files.config().alembic()) {
            if (json.json || verbose) {
                throw RetortException.usage("current --json and -v need Retort's version table; this is an Alembic project (alembic_version)",
                        "run 'retort current' without them, or 'alembic current -v'");
            }
            AlembicCurrent.print(ctx, files);
            return;
        }
        Retort retort = Runs.retort(ctx, project, Duration.ZERO, MigrationListener.NONE);
        RevisionMap map = retort.revisions();
        Retort.Current current = retort.current();
        if (json.json) {
            JsonOutput.current(ctx.out(), current, map, ctx);
            return;
        }
        RevisionText text = new RevisionText(new GraphView(map), ctx);
        if (verbose) {
            ctx.out().println("Current revision(s) for " + current.url() + ":");
        }
        for (String id : current.heads()) {
            Optional<Revision> r = map.find(id);
            if (r.isEmpty()) {
                ctx.out().println(ControlChars.escape(id) + " (no revision file defines it)"); // the database's text, not a file's
            } else if (verbose) {
                text.entry(r.get()).forEach(ctx.out()::println);
                row(current, id).ifPresent(a -> ctx.out().println("Applied: " + applied(a)));
                ctx.out().println();
            } else {
                ctx.out().println(text.line(r.get(), RevisionText.Parts.HEADS));
            }
        }
        // applied ids no file defines: upgrade, downgrade and stamp refuse to run until this is resolved
        for (String id : current.unknown()) {
            ctx.out().println(ControlChars.escape(id) + " (unknown: no revision file defines it; restore the file, or 'retort stamp --purge REV')");
        }
        for (AppliedRevision a : current.applied()) {
            if (a.isFailed()) {
                ctx.out().println(ControlChars.escape(a.id()) + " (failed " + a.failed().text() + (a.failedStatement() == null ? ", interrupted"
                        : " at statement " + a.failedStatement()) + "; undo it and run 'retort repair', or finish it and run "
                        + "'retort repair --finished " + ControlChars.escape(a.id()) + "')");
            }
        }
        if (current.heads().isEmpty() && current.unknown().isEmpty() && current.applied().stream().noneMatch(AppliedRevision::isFailed)) {
            // Alembic prints nothing here; an empty output looks like a failure or a wrong database
            ctx.out().println("(base: no revision applied)");
        }
        if (verbose) {
            List<String> pending = current.pending();
            ctx.out().println(pending == null ? "Pending: unknown (the database has revisions no file defines)"
                    : pending.isEmpty() ? "Pending: none, the database is at its heads"
                    : "Pending: " + pending.size() + " (" + String.join(", ", pending) + ")");
        }
    }

    private static Optional<AppliedRevision> row(Retort.Current current, String id) {
        return current.applied().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private static String applied(AppliedRevision a) {
        return a.appliedAt() + " by " + ControlChars.escape(a.appliedBy()) + " (" + a.kind().text()
                + (a.executionMs() == null ? "" : ", " + a.executionMs() + " ms") + ")";
    }
}
