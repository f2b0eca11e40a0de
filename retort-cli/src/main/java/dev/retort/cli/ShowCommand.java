package dev.retort.cli;

import dev.retort.RevisionGraph;
import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show the revision(s) an identifier names.")
final class ShowCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Json json;

    @Parameters(index = "0", paramLabel = "REV", description = "An id, unique prefix, label, head, heads, label@head, ...")
    String rev;

    ShowCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        RevisionGraph all = Runs.openForReading(ctx, project).revisions();
        GraphView graph = new GraphView(all);
        List<RevisionInfo> revisions = all.resolve(rev);
        if (json.json) {
            JsonOutput.revisions(ctx.out(), revisions, graph, ctx);
            return;
        }
        RevisionText text = new RevisionText(graph, ctx);
        for (RevisionInfo r : revisions) {
            text.entry(r).forEach(ctx.out()::println);
        }
    }
}
