package dev.retort.cli;

import dev.retort.AppliedInfo;
import dev.retort.Current;
import dev.retort.MigrationListener;
import dev.retort.RetortException;
import dev.retort.RevisionGraph;
import dev.retort.RevisionInfo;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "history", mixinStandardHelpOptions = true, description = "List revisions, newest first.")
final class HistoryCommand extends CommandBase {
    /** The whole graph, as a history range. */
    static final String ALL = null;

    @Mixin
    Options.Project project;

    @Mixin
    Options.Json json;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE", description = "Range [start]:[end], e.g. base:head, abc:, :label@head.")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Show the full entry of each revision.")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"},
            description = "Mark the database's current revisions (current), other applied ones (applied) and failed ones (failed).")
    boolean indicateCurrent;

    @Option(names = "--graph", description = "Draw the graph beside the list, like git log --graph.")
    boolean graph;

    HistoryCommand(CliContext ctx) {
        super(ctx);
    }

    /** What the database holds, as markers: its heads are current, the rest applied, broken ones failed. */
    private Map<String, String> marks() {
        Current current = Runs.retort(ctx, project, Duration.ZERO, MigrationListener.NONE).current();
        Map<String, String> marks = new HashMap<>();
        for (AppliedInfo a : current.applied()) {
            marks.put(a.id(), a.isFailed() ? "failed " + a.failed().text() : "applied");
        }
        current.heads().forEach(id -> marks.put(id, "current"));
        return marks;
    }

    @Override
    void run() {
        RevisionGraph revisions = Runs.openForReading(ctx, project).revisions();
        GraphView view = new GraphView(revisions);
        List<RevisionInfo> history = revisions.history(range);
        if (json.json) {
            if (indicateCurrent) {
                throw RetortException.usage("history --json does not mark current revisions", "use 'retort current --json' for the database's state");
            }
            JsonOutput.revisions(ctx.out(), history, view, ctx);
            return;
        }
        RevisionText text = new RevisionText(view, ctx, indicateCurrent ? marks() : Map.of());
        if (graph) {
            HistoryGraph.render(history, r -> verbose ? text.entry(r) : List.of(text.line(r, RevisionText.Parts.GRAPH)))
                    .forEach(ctx.out()::println);
            return;
        }
        for (RevisionInfo r : history) {
            if (verbose) {
                text.entry(r).forEach(ctx.out()::println);
            } else {
                ctx.out().println(text.line(r, RevisionText.Parts.HISTORY));
            }
        }
    }
}
