package dev.retort.cli;

import dev.retort.AppliedInfo;
import dev.retort.Current;
import dev.retort.MigrationListener;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.RevisionGraph;
import dev.retort.RevisionInfo;
import dev.retort.TerminalText;
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
        Retort reading = Runs.openForReading(ctx, project);
        if (reading.alembicProject()) {
            if (json.json || verbose) {
                throw RetortException.usage("current --json and -v need Retort's version table; this is an Alembic project (alembic_version)",
                        "run 'retort current' without them, or 'alembic current -v'");
            }
            AlembicCurrent.print(ctx, reading);
            return;
        }
        Retort retort = Runs.retort(ctx, project, Duration.ZERO, MigrationListener.NONE);
        RevisionGraph map = retort.revisions();
        Current current = retort.current();
        if (json.json) {
            JsonOutput.current(ctx.out(), current, map, ctx);
            return;
        }
        RevisionText text = new RevisionText(new GraphView(map), ctx);
        if (verbose) {
            ctx.out().println("Current revision(s) for " + current.url() + ":");
        }
        for (String id : current.heads()) {
            Optional<RevisionInfo> r = map.find(id);
            if (r.isEmpty()) {
                ctx.out().println(TerminalText.escape(id) + " (no revision file defines it)"); // the database's text, not a file's
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
            ctx.out().println(TerminalText.escape(id) + " (unknown: no revision file defines it; restore the file, or 'retort stamp --purge REV')");
        }
        for (AppliedInfo a : current.applied()) {
            if (a.isFailed()) {
                ctx.out().println(TerminalText.escape(a.id()) + " (failed " + a.failed().text() + (a.failedStatement() == null ? ", interrupted"
                        : " at statement " + a.failedStatement()) + "; undo it and run 'retort repair', or finish it and run "
                        + "'retort repair --finished " + TerminalText.escape(a.id()) + "')");
            }
        }
        if (current.heads().isEmpty() && current.unknown().isEmpty() && current.applied().stream().noneMatch(AppliedInfo::isFailed)) {
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

    private static Optional<AppliedInfo> row(Current current, String id) {
        return current.applied().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private static String applied(AppliedInfo a) {
        return a.appliedAt() + " by " + TerminalText.escape(a.appliedBy()) + " (" + a.kind().text()
                + (a.executionMs() == null ? "" : ", " + a.executionMs() + " ms") + ")";
    }
}
