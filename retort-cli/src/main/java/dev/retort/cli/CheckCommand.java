package dev.retort.cli;

import dev.retort.CheckResult;
import dev.retort.RetortException;
import dev.retort.SchemaChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * `retort check`: exit 0 with "No changes" when the database at head equals the model, else the
 * operations autogenerate would write, and exit 1. JSON: {"changes": N, "operations": [{"operation",
 * "table", "description", "review"}], "notes": [...]}, where operation is the Operation record's
 * name (createTable, addColumn, ...), and review the REVIEW note or null.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Exit 1 and list the operations when the database at head differs from the model ([model] in retort.toml).")
final class CheckCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Json json;

    CheckCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        CheckResult result = Runs.open(ctx, project).check();
        if (json.json) {
            ctx.out().print(result.json());
            ctx.out().println();
        } else {
            result.notes().forEach(n -> ctx.out().println("Note: " + n));
            if (result.isEmpty()) {
                ctx.out().println("No changes in schema detected.");
            } else {
                ctx.out().println(result.changes().size() + " change(s) between the database and the model:");
                for (SchemaChange change : result.changes()) {
                    ctx.out().println("  " + change.description());
                    if (change.review() != null) {
                        ctx.out().println("    " + change.review());
                    }
                }
            }
        }
        if (result.isEmpty()) {
            return 0;
        }
        ctx.out().flush();
        // the finding is the document printed above: only the stderr lines, no error document after it
        Main.error(ctx, "the database differs from the model: " + result.changes().size() + " change(s)",
                "run 'retort revision --autogenerate -m \"...\"' to write them as a revision");
        return RetortException.Kind.PROBLEMS.exitCode();
    }
}
