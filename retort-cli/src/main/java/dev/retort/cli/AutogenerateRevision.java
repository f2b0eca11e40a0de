package dev.retort.cli;

import dev.retort.AutogenerateRequest;
import dev.retort.AutogenerateResult;
import dev.retort.NewRevisionRequest;
import dev.retort.SchemaChange;

/** The --autogenerate part of `retort revision`: compare, say what was found, give the bodies. */
final class AutogenerateRevision {
    private AutogenerateRevision() {}

    /** The request with the bodies to write, or null when there is nothing to do (and that was said). */
    static NewRevisionRequest bodies(CliContext ctx, Options.Project project, NewRevisionRequest request, boolean allowEmpty) {
        AutogenerateResult result = Runs.open(ctx, project).autogenerate(new AutogenerateRequest(request.format()));
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
        return request.withBodies(result.upgrade(), result.downgrade());
    }
}
