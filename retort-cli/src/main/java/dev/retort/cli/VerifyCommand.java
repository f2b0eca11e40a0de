package dev.retort.cli;

import dev.retort.Verification;
import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import dev.retort.verify.VerifyReport;
import dev.retort.verify.VerifyReports;
import java.nio.file.Path;
import java.util.List;
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
        String url = project.url;
        project.url = null;
        RetortConfig config = new ConfigLoader(ctx.cwd(), ctx.environment()).load(ProjectFiles.overrides(project));
        Path dataDir = data == null ? null : ctx.cwd().resolve(data).normalize();
        VerifyReport report = Verification.run(config, new Verification.Options(url, from, dataDir, List.of(), p -> {
            if (!json.json) {
                ctx.out().println(VerifyReports.passed(p));
                ctx.out().flush();
            }
        }));
        if (json.json) {
            VerifyReports.json(report, ctx.cwd(), ctx.out());
        } else {
            VerifyReports.text(report, ctx.cwd(), ctx.out());
        }
        ctx.out().flush();
        return report.ok() ? 0 : 1;
    }
}
