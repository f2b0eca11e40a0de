package dev.retort.cli;

import dev.retort.NewRevisionRequest;
import dev.retort.Retort;
import dev.retort.RevisionFormat;
import dev.retort.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "revision", mixinStandardHelpOptions = true, description = "Write a new revision file after the current head.")
final class RevisionCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.XArguments x;

    @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "What the revision does.")
    String message;

    @Option(names = "--head", paramLabel = "REV", description = "The revision to follow (default: the single head; 'base' starts a new root).")
    String head;

    @Option(names = "--splice", description = "Allow --head to name a revision that is not a head, starting a new branch.")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Branch label(s) for the new revision.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "REV", description = "Revision(s) this one depends on, across branches.")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Id of the new revision (default: 12 random hex digits).")
    String revId;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "sql (default) or java; with --autogenerate in a project of several dialects, java by default.")
    FileFormat format;

    @Option(names = "--autogenerate", description = "Compare the database (at head) with [model] in retort.toml and write what makes them equal.")
    boolean autogenerate;

    @Option(names = "--allow-empty", description = "With --autogenerate: write the revision even when nothing changed.")
    boolean allowEmpty;

    RevisionCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        Retort retort = Runs.configure(ctx, project, x).load();
        // Several databases: the portable DSL unless SQL (one section per database) is asked for.
        RevisionFormat chosen = format != null ? format.format
                : autogenerate && retort.portable() ? RevisionFormat.JAVA : RevisionFormat.SQL;
        NewRevisionRequest request = new NewRevisionRequest(message, head, splice, branchLabels, dependsOn, revId, chosen);
        if (autogenerate) {
            retort.checkRevision(request); // a wrong --head fails before the database is compared
            request = AutogenerateRevision.bodies(ctx, project, request, allowEmpty);
            if (request == null) {
                return;
            }
        }
        RevisionInfo written = retort.revision(request);
        ctx.out().println("Generating " + ctx.display(written.path()) + " ... done");
    }
}
