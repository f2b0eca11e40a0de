package dev.retort.cli;

import dev.retort.DoctorRequest;
import dev.retort.DoctorResult;
import dev.retort.ReportFormat;
import dev.retort.Retort;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code retort doctor}: exit 1 with errors (what makes Alembic or Retort fail; after --apply:
 * those it could not fix), 0 when only warnings are left (1 with --strict), 2 for bad input.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Diagnose the revision chain, and with a database what it has applied.",
                "Finds missing parents, several roots or heads, loops, duplicate ids, drifted",
                "Alembic headers, empty downgrades. --fix prints the repair as a diff;",
                "--apply writes it.",
                "Exit 0 without errors, 1 with errors (or any finding with --strict), 2 bad input."})
final class DoctorCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Findings output;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "A versions folder to check without any retort.toml, e.g. an Alembic project's migrations/versions.")
    Path path;

    @Option(names = "--fix", description = "Compute the repair and print it as a unified diff; change nothing.")
    boolean fix;

    @Option(names = "--apply", description = "With --fix: write the repair.")
    boolean apply;

    @Option(names = {"-v", "--verbose"}, description = "Also show the findings the project silenced, with their reasons.")
    boolean verbose;

    @Option(names = "--strict", description = "Exit 1 on warnings too.")
    boolean strict;

    @Option(names = "--files-only", description = "Check the revision files only; do not connect to the database (the git hook's default).")
    boolean filesOnly;

    @Option(names = "--version-table", paramLabel = "TABLE",
            description = "The database's version table (default: the configured one, else alembic_version).")
    String versionTable;

    DoctorCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        DoctorRequest.Mode mode = apply ? DoctorRequest.Mode.APPLY : fix ? DoctorRequest.Mode.FIX : DoctorRequest.Mode.REPORT;
        DoctorResult result = Retort.doctor(Runs.configure(ctx, project),
                new DoctorRequest(path, mode, filesOnly, versionTable));
        result.notes().forEach(ctx.err()::println);
        result.report().write(ReportFormat.valueOf(output.chosen().name()), ctx.cwd(), verbose,
                Main.VERSION.replace("retort ", ""), ctx.out());
        ctx.out().flush();
        return result.fails(strict) ? 1 : 0;
    }
}
