package dev.retort.cli;

import dev.retort.script.Revision;
import java.util.List;
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

    @Option(names = "--graph", description = "Draw the graph beside the list, like git log --graph.")
    boolean graph;

    HistoryCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        ProjectFiles files = ProjectFiles.open(ctx, project);
        GraphView view = new GraphView(files.map());
        List<Revision> history = files.map().history(range);
        if (json.json) {
            JsonOutput.revisions(ctx.out(), history, view, ctx);
            return;
        }
        RevisionText text = new RevisionText(view, ctx);
        if (graph) {
            HistoryGraph.render(history, r -> verbose ? text.entry(r) : List.of(text.line(r, RevisionText.Parts.GRAPH)))
                    .forEach(ctx.out()::println);
            return;
        }
        for (Revision r : history) {
            if (verbose) {
                text.entry(r).forEach(ctx.out()::println);
            } else {
                ctx.out().println(text.line(r, RevisionText.Parts.HISTORY));
            }
        }
    }
}
