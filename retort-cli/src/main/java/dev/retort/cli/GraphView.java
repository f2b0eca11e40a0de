package dev.retort.cli;

import dev.retort.graph.RevisionMap;
import dev.retort.script.Revision;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The facts about a revision that the text and JSON renderings show, computed once per command. */
final class GraphView {
    private final RevisionMap map;
    private final Set<String> heads;
    private final Set<String> realHeads;

    GraphView(RevisionMap map) {
        this.map = map;
        this.heads = new HashSet<>(map.heads());
        this.realHeads = new HashSet<>(map.realHeads());
    }

    RevisionMap map() {
        return map;
    }

    /** Nothing revises it (Alembic's is_head). */
    boolean isHead(Revision r) {
        return heads.contains(r.id());
    }

    /** Nothing revises it or depends on it (Alembic's _is_real_head). */
    boolean isRealHead(Revision r) {
        return realHeads.contains(r.id());
    }

    List<String> children(Revision r) {
        return map.children(r.id());
    }

    boolean isBranchPoint(Revision r) {
        return children(r).size() > 1;
    }

    boolean isMergePoint(Revision r) {
        return r.revises().size() > 1;
    }
}
