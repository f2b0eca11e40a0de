package dev.retort.graph;

import dev.retort.script.RevisionHeader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A revision inside the map, with the edges the map derives. Filled in once while the map is
 * built and never changed afterwards; not visible outside the package.
 */
final class Node {
    final RevisionHeader revision;
    final String id;
    final int index;
    /** Parents named by {@code revises}: the edges that make branches ("versioned" in Alembic). */
    final List<String> down;
    /** depends_on resolved to revision ids (a label names the revision that declares it). */
    List<String> deps = List.of();
    /** deps minus those already depended on by an ancestor: the edges execution order needs. */
    List<String> normalizedDeps = List.of();
    /** Children through {@code revises} only. */
    final Set<String> next = new LinkedHashSet<>();
    /** Children through {@code revises} or depends_on. */
    final Set<String> allNext = new LinkedHashSet<>();
    /** Branch labels, declared and inherited along the branch. */
    final Set<String> labels = new LinkedHashSet<>();

    Node(RevisionHeader revision, int index) {
        this.revision = revision;
        this.id = revision.id();
        this.index = index;
        this.down = revision.revises();
        this.labels.addAll(revision.branchLabels());
    }

    /** down + deps, without repeats. */
    List<String> allDown() {
        return concat(down, deps);
    }

    /** down + normalizedDeps, without repeats. */
    List<String> normalizedDown() {
        return concat(down, normalizedDeps);
    }

    boolean isBase() {
        return down.isEmpty();
    }

    boolean isRealBase() {
        return down.isEmpty() && revision.dependsOn().isEmpty();
    }

    boolean isBranchPoint() {
        return next.size() > 1;
    }

    boolean isRealBranchPoint() {
        return allNext.size() > 1;
    }

    boolean isMergePoint() {
        return down.size() > 1;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return id;
    }
}
