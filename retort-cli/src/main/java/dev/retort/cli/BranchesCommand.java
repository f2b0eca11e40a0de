package dev.retort.cli;

import dev.retort.script.Revision;
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
        ProjectFiles files = ProjectFiles.openForReading(ctx, project);
        GraphView graph = new GraphView(files.map());
        List<Revision> points = new ArrayList<>();
        for (Revision r : files.map().history(HistoryCommand.ALL)) {
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
        for (Revision r : points) {
            if (verbose) {
                text.entry(r).forEach(ctx.out()::println);
            } else {
                ctx.out().println(text.line(r, RevisionText.Parts.BRANCH_POINT));
            }
            String indent = " ".repeat(r.id().length());
            for (String id : graph.children(r)) {
                ctx.out().println(indent + " -> " + text.line(files.map().find(id).orElseThrow(), child));
            }
            ctx.out().println();
        }
    }
}
