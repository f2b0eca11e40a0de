package dev.retort.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Record revisions as applied (or not) without running them.")
final class StampCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Lock lock;

    @Mixin
    Options.XArguments x;

    @Mixin
    Options.Json json;

    @Option(names = "--purge", description = "Empty the version table first, failed markers included.")
    boolean purge;

    @Parameters(arity = "1..*", paramLabel = "REV", description = "Where the database is: head, heads, base, ids, labels ...")
    List<String> revisions;

    StampCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        Runs.report(ctx, new Runs.How(project, x, lock, false, false, json.json), "stamp", r -> r.stamp(revisions, purge));
    }
}
