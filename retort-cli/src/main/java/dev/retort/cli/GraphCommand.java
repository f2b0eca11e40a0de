package dev.retort.cli;

import dev.retort.RevisionGraph;
import dev.retort.RevisionInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "graph", mixinStandardHelpOptions = true, description = "Print the revision graph as Mermaid or Graphviz DOT.")
final class GraphCommand extends CommandBase {
    enum Style { mermaid, dot }

    @Mixin
    Options.Project project;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid", description = "mermaid (default) or dot.")
    Style format;

    GraphCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        RevisionGraph revisions = Runs.openForReading(ctx, project).revisions();
        GraphView graph = new GraphView(revisions);
        List<RevisionInfo> oldestFirst = new ArrayList<>(revisions.history(HistoryCommand.ALL));
        Collections.reverse(oldestFirst);
        RevisionText text = new RevisionText(graph, ctx);
        ctx.out().print(format == Style.dot ? GraphExport.dot(oldestFirst, graph, text) : GraphExport.mermaid(oldestFirst, graph, text));
    }
}
