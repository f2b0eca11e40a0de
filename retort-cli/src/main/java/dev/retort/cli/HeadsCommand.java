package dev.retort.cli;

import dev.retort.RevisionGraph;
import dev.retort.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the current heads of the revision graph.")
final class HeadsCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Json json;

    @Option(names = {"-v", "--verbose"}, description = "Show the full entry of each head.")
    boolean verbose;

    @Option(names = "--resolve-dependencies", description = "Leave out heads that another revision depends on.")
    boolean resolveDependencies;

    HeadsCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        RevisionGraph revisions = Runs.openForReading(ctx, project).revisions();
        GraphView graph = new GraphView(revisions);
        List<RevisionInfo> heads = new ArrayList<>();
        for (String id : resolveDependencies ? revisions.realHeads() : revisions.heads()) {
            heads.add(revisions.find(id).orElseThrow());
        }
        if (json.json) {
            JsonOutput.revisions(ctx.out(), heads, graph, ctx);
            return;
        }
        RevisionText text = new RevisionText(graph, ctx);
        for (RevisionInfo r : heads) {
            if (verbose) {
                text.entry(r).forEach(ctx.out()::println);
            } else {
                ctx.out().println(text.line(r, RevisionText.Parts.HEADS));
            }
        }
    }
}
