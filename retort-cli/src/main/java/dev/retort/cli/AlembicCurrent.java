package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RevisionGraph;
import dev.retort.RevisionInfo;
import java.util.Optional;
import java.util.Set;

/**
 * {@code retort current} in an Alembic project: the heads in {@code alembic_version}, read with
 * plain JDBC (Alembic's table keeps only heads, without Retort's who/when/checksum columns).
 */
final class AlembicCurrent {
    private AlembicCurrent() {}

    static void print(CliContext ctx, Retort retort) {
        Set<String> heads = retort.alembicHeads();
        RevisionGraph revisions = retort.revisions();
        RevisionText text = new RevisionText(new GraphView(revisions), ctx);
        for (String id : heads) {
            Optional<RevisionInfo> r = revisions.find(id);
            ctx.out().println(r.isEmpty() ? id + " (no revision file defines it)" : text.line(r.get(), RevisionText.Parts.HEADS));
        }
    }
}
