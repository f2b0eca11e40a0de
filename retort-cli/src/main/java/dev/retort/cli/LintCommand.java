package dev.retort.cli;

import dev.retort.LintRequest;
import dev.retort.LintResult;
import dev.retort.ReportFormat;
import dev.retort.Retort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code retort lint [RANGE]}: exit 0 when no errors (warnings too with --strict), 1 otherwise,
 * 2 for bad input. Not a {@link CommandBase}, whose commands always succeed with 0.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Flag dangerous operations in revisions.",
                "Drops, renames, NOT NULL and type changes, index and foreign-key builds that",
                "lock busy tables, empty downgrades; SQL that a database of [retort] dialects refuses.",
                "Silence one in a revision with '-- retort:allow CODE reason' (Java: @Allow,",
                "Alembic: '# retort: allow CODE reason').",
                "Default: the revisions the database has not applied (all without a database).",
                "Exit 0 without errors, 1 with errors (or any finding with --strict), 2 bad input."})
final class LintCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Findings output;

    @Parameters(arity = "0..2", paramLabel = "[PATH] [RANGE]",
            description = {"PATH: a folder of revisions to lint without retort.toml, e.g. an Alembic project's",
                    "migrations (holding versions/) or migrations/versions.",
                    "RANGE: revisions to lint, a range like base:head or ae10: , or one identifier (head, an id)."})
    List<String> positional = new ArrayList<>();

    @Option(names = "--dialect", paramLabel = "NAME",
            description = "postgresql, mysql, mariadb, sqlite or h2 (default: the configured url's); "
                    + "SQL is also checked for what it refuses.")
    String dialect;

    @Option(names = {"-v", "--verbose"}, description = "Also show the findings revisions silenced, with their reasons.")
    boolean verbose;

    @Option(names = "--strict", description = "Exit 1 on warnings too.")
    boolean strict;

    LintCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        // PATH and RANGE share the positions: a first of two, or a lone existing folder, is PATH
        Path folder = positional.size() == 2 || (positional.size() == 1 && Files.isDirectory(ctx.cwd().resolve(positional.get(0))))
                ? Path.of(positional.get(0)) : null;
        String range = positional.isEmpty() || (folder != null && positional.size() == 1) ? null : positional.get(positional.size() - 1);
        LintResult result = Retort.lint(Runs.configure(ctx, project), new LintRequest(folder, range, dialect));
        result.report().write(ReportFormat.valueOf(output.chosen().name()), ctx.cwd(), verbose,
                Main.VERSION.replace("retort ", ""), ctx.out());
        ctx.out().flush();
        return result.fails(strict) ? 1 : 0;
    }
}
