package dev.retort.cli;

import dev.retort.RevisionGraph;
import dev.retort.RevisionInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The facts about a revision that the text and JSON renderings show. */
final class GraphView {
    private final RevisionGraph map;
    private final Set<String> realHeads;

    GraphView(RevisionGraph map) {
        this.map = map;
        this.realHeads = new HashSet<>(map.realHeads());
    }

    RevisionGraph map() {
        return map;
    }

    /** Nothing revises it (Alembic's is_head). */
    boolean isHead(RevisionInfo r) {
        return map.isHead(r.id());
    }

    /** Nothing revises it or depends on it (Alembic's _is_real_head). */
    boolean isRealHead(RevisionInfo r) {
        return realHeads.contains(r.id());
    }

    List<String> children(RevisionInfo r) {
        return map.children(r.id());
    }

    boolean isBranchPoint(RevisionInfo r) {
        return map.isBranchPoint(r.id());
    }

    boolean isMergePoint(RevisionInfo r) {
        return map.isMergePoint(r.id());
    }

    /** Declared and inherited labels, as Alembic shows them. */
    List<String> labels(RevisionInfo r) {
        return map.branchLabels(r.id());
    }
}
