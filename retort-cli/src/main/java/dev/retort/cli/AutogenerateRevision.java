package dev.retort.cli;

import dev.retort.AutogenerateRequest;
import dev.retort.AutogenerateResult;
import dev.retort.SchemaChange;

/** The --autogenerate part of `retort revision`: compare, say what was found, give the bodies. */
final class AutogenerateRevision {
    private AutogenerateRevision() {}

    /** The upgrade and downgrade bodies to write, or null when there is nothing to do (and that was said). */
    static AutogenerateResult bodies(CliContext ctx, Options.Project project, NewRevision.FileFormat format, boolean allowEmpty) {
        AutogenerateResult result = project.configure(ctx).load().autogenerate(new AutogenerateRequest(format.name()));
        result.notes().forEach(n -> ctx.out().println("Note: " + n));
        for (SchemaChange change : result.changes()) {
            ctx.out().println("Detected " + change.description());
            if (change.review() != null) {
                ctx.out().println("  " + change.review());
            }
        }
        if (result.isEmpty()) {
            if (!allowEmpty) {
                ctx.out().println("No changes in schema detected; no revision written.");
                return null;
            }
            ctx.out().println("No changes in schema detected; writing an empty revision (--allow-empty).");
        }
        return result;
    }
}
