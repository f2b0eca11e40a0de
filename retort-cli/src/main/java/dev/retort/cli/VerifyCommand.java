package dev.retort.cli;

import dev.retort.ReportFormat;
import dev.retort.Retort;
import dev.retort.VerifyRequest;
import dev.retort.VerifyResult;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code retort verify}: exit 0 when every revision reverses cleanly (and the model matches),
 * 1 at the first that does not, 2 for bad input. The --url of the shared options names the
 * database to verify in; without it verify makes a scratch one beside the configured database.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Prove every downgrade undoes its upgrade.",
                "On a scratch database, upgrade, downgrade and upgrade again each revision",
                "from base to head, comparing the schema (and, with --data, rows) each time;",
                "then compare head with the model.",
                "--url names an empty database to use (left at base); otherwise a temporary",
                "schema or database beside the configured one, dropped afterwards.",
                "Exit 0 when all pass, 1 at the first failure, 2 bad input."})
final class VerifyCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.XArguments x;

    @Mixin
    Options.Json json;

    @Option(names = "--from", paramLabel = "REV",
            description = "Start the round trips at REV; the revisions before it are only applied.")
    String from;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data hooks: <id>.sql runs before the revision's upgrade, <id>.check.sql's rows "
                    + "must be the same after its upgrade and downgrade.")
    Path data;

    VerifyCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        // --url is verify's target, not the configured database: keep it out of the config
        Retort retort = Runs.configure(ctx, project, x).url(null).load();
        Path dataDir = data == null ? null : ctx.cwd().resolve(data).normalize();
        VerifyResult result = retort.verify(new VerifyRequest(project.url, from, dataDir, line -> {
            if (!json.json) {
                ctx.out().println(line);
                ctx.out().flush();
            }
        }));
        result.report().write(json.json ? ReportFormat.JSON : ReportFormat.TEXT, ctx.cwd(), false, null, ctx.out());
        ctx.out().flush();
        return result.ok() ? 0 : 1;
    }
}
