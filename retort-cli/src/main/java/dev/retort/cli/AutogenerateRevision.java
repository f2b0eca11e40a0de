package dev.retort.cli;

import dev.retort.NewRevisionRequest;
import dev.retort.RevisionFormat;
import dev.retort.autogen.Autogenerate;
import dev.retort.graph.RevisionMap;
import dev.retort.ops.Operation;
import dev.retort.schema.Review;
import dev.retort.schema.SqlBodies;
import dev.retort.script.Format;

/** The --autogenerate part of `retort revision`: compare, say what was found, give the bodies. */
final class AutogenerateRevision {
    private AutogenerateRevision() {}

    /** The bodies to write, or null when there is nothing to do (and that was said). */
    static NewRevisionRequest bodies(CliContext ctx, Options.Project project, NewRevisionRequest request, boolean allowEmpty) {
        ProjectFiles files = ProjectFiles.open(ctx, project);
        RevisionMap map = files.map();
        SqlBodies.Bodies bodies = bodies(ctx, files, map, request.format() == RevisionFormat.JAVA ? Format.JAVA : Format.SQL, allowEmpty);
        return bodies == null ? null : request.withBodies(bodies.upgrade(), bodies.downgrade());
    }

    private static SqlBodies.Bodies bodies(CliContext ctx, ProjectFiles files, RevisionMap map, Format format, boolean allowEmpty) {
        Autogenerate autogenerate = new Autogenerate(files.config());
        Autogenerate.Comparison comparison = autogenerate.compare(map);
        comparison.notes().forEach(n -> ctx.out().println("Note: " + n));
        for (Operation op : comparison.upgrade()) {
            ctx.out().println("Detected " + op.describe());
            String note = Review.note(op);
            if (note != null) {
                ctx.out().println("  " + note);
            }
        }
        if (comparison.isEmpty()) {
            if (!allowEmpty) {
                ctx.out().println("No changes in schema detected; no revision written.");
                return null;
            }
            ctx.out().println("No changes in schema detected; writing an empty revision (--allow-empty).");
            return new SqlBodies.Bodies("", "");
        }
        return autogenerate.bodies(comparison, format);
    }
}
