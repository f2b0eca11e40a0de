package dev.retort.cli;

import dev.retort.graph.RevisionMap;
import dev.retort.script.Revision;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The facts about a revision that the text and JSON renderings show. */
final class GraphView {
    private final RevisionMap map;
    private final Set<String> realHeads;

    GraphView(RevisionMap map) {
        this.map = map;
        this.realHeads = new HashSet<>(map.realHeads());
    }

    RevisionMap map() {
        return map;
    }

    /** Nothing revises it (Alembic's is_head). */
    boolean isHead(Revision r) {
        return map.isHead(r.id());
    }

    /** Nothing revises it or depends on it (Alembic's _is_real_head). */
    boolean isRealHead(Revision r) {
        return realHeads.contains(r.id());
    }

    List<String> children(Revision r) {
        return map.children(r.id());
    }

    boolean isBranchPoint(Revision r) {
        return map.isBranchPoint(r.id());
    }

    boolean isMergePoint(Revision r) {
        return map.isMergePoint(r.id());
    }

    /** Declared and inherited labels, as Alembic shows them. */
    List<String> labels(Revision r) {
        return map.branchLabels(r.id());
    }
}
