package dev.retort.cli;

import dev.retort.RetortException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert revisions down to REV.")
final class DowngradeCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Offline offline;

    @Mixin
    Options.Lock lock;

    @Mixin
    Options.XArguments x;

    @Mixin
    Options.Json json;

    @Mixin
    Options.Progress progress;

    @Option(names = {"-v", "--verbose"}, description = "Show each statement as it runs.")
    boolean verbose;

    @Parameters(index = "0", paramLabel = "REV",
            description = "base, -N, an id or prefix, label@-N, rev-N; with --sql a range FROM:TO.")
    String revision;

    DowngradeCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        offline.check();
        if (offline.sql && json.json) {
            throw RetortException.usage("--json and --sql do not go together", "--sql prints the SQL script; drop one of them");
        }
        if (offline.sql) {
            ctx.out().print(Runs.silent(ctx, project, x).downgradeSql(revision, offline.dialect));
            return;
        }
        Runs.report(ctx, new Runs.How(project, x, lock, verbose, progress.off, json.json), "downgrade", r -> r.downgrade(revision));
    }
}
