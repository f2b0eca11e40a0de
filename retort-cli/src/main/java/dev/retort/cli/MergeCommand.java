package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.script.Revision;
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
    NewRevision.FileFormat format;

    MergeCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        ProjectFiles files = ProjectFiles.open(ctx, project);
        List<String> parents = new ArrayList<>();
        for (String rev : revisions) {
            for (Revision r : files.map().resolve(rev)) {
                if (!parents.contains(r.id())) {
                    parents.add(r.id());
                }
            }
        }
        if (parents.size() < 2) {
            throw RetortException.usage("a merge needs at least two revisions; " + String.join(" ", revisions)
                    + " names " + (parents.isEmpty() ? "none" : "only " + parents.get(0)),
                    "name two or more revisions, or 'heads' for all heads");
        }
        NewRevision.write(ctx, files, parents, branchLabels, List.of(), message, revId, format);
    }
}
