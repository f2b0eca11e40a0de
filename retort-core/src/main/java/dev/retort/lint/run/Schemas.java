package dev.retort.lint.run;

import dev.retort.lint.KnownSchema;
import dev.retort.script.RevisionHeader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema after each revision, while lint walks them oldest first: a revision starts from
 * what its parents (and the revisions it depends on) left, not from a sibling branch. A
 * revision's schema is dropped once every revision building on it has been read.
 */
final class Schemas {
    private final Map<String, Integer> pendingChildren = new HashMap<>();
    private final Map<String, KnownSchema> after = new HashMap<>();

    Schemas(List<RevisionHeader> revisions) {
        for (RevisionHeader r : revisions) {
            for (String p : parents(r)) {
                pendingChildren.merge(p, 1, Integer::sum);
            }
        }
    }

    /** The schema the revision starts from: its first parent's, with the other parents' tables added. */
    KnownSchema before(RevisionHeader r) {
        KnownSchema merged = null;
        for (String p : parents(r)) {
            KnownSchema s = after.get(p);
            if (s == null) {
                continue;
            }
            if (merged == null) {
                merged = s.copy();
            } else {
                merged.addMissingTables(s);
            }
            if (pendingChildren.merge(p, -1, Integer::sum) <= 0) {
                after.remove(p);
            }
        }
        return merged == null ? new KnownSchema() : merged;
    }

    void done(RevisionHeader r, KnownSchema schema) {
        if (pendingChildren.getOrDefault(r.id(), 0) > 0) {
            after.put(r.id(), schema);
        }
    }

    private static List<String> parents(RevisionHeader r) {
        return java.util.stream.Stream.concat(r.revises().stream(), r.dependsOn().stream()).distinct().toList();
    }
}
