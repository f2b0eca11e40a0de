package dev.retort.cli;

import dev.retort.RevisionGraph;
import dev.retort.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "branches", mixinStandardHelpOptions = true, description = "Show the revisions where the graph branches.")
final class BranchesCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Json json;

    @Option(names = {"-v", "--verbose"}, description = "Show full entries and the messages of the branches.")
    boolean verbose;

    BranchesCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        RevisionGraph revisions = Runs.openForReading(ctx, project).revisions();
        GraphView graph = new GraphView(revisions);
        List<RevisionInfo> points = new ArrayList<>();
        for (RevisionInfo r : revisions.history(HistoryCommand.ALL)) {
            if (graph.isBranchPoint(r)) {
                points.add(r);
            }
        }
        if (json.json) {
            JsonOutput.revisions(ctx.out(), points, graph, ctx);
            return;
        }
        RevisionText text = new RevisionText(graph, ctx);
        RevisionText.Parts child = new RevisionText.Parts(true, verbose, false, true);
        for (RevisionInfo r : points) {
            if (verbose) {
                text.entry(r).forEach(ctx.out()::println);
            } else {
                ctx.out().println(text.line(r, RevisionText.Parts.BRANCH_POINT));
            }
            String indent = " ".repeat(r.id().length());
            for (String id : graph.children(r)) {
                ctx.out().println(indent + " -> " + text.line(revisions.find(id).orElseThrow(), child));
            }
            ctx.out().println();
        }
    }
}
