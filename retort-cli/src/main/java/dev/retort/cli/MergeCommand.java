package dev.retort.cli;

import dev.retort.MergeRequest;
import dev.retort.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true, description = "Write a revision that merges two or more revisions (e.g. 'heads').")
final class MergeCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Parameters(arity = "1..*", paramLabel = "REV", description = "Revisions to merge: ids, prefixes, labels, or 'heads'.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "What the merge is for.")
    String message;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Branch label(s) for the merge revision.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Id of the merge revision (default: 12 random hex digits).")
    String revId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sql", description = "sql (default) or java.")
    FileFormat format;

    MergeCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        RevisionInfo written = Runs.open(ctx, project).merge(new MergeRequest(revisions, message, branchLabels, revId, format.format));
        ctx.out().println("Generating " + ctx.display(written.path()) + " ... done");
    }
}
