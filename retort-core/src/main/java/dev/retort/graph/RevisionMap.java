package dev.retort.graph;

import dev.retort.script.Revision;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The revision graph, with Alembic's identifier and ordering semantics. Built from revision
 * records only: no files, no database. (Stub: the implementation lands with the graph commit.)
 */
public final class RevisionMap {
    private final List<Revision> revisions;

    private RevisionMap(List<Revision> revisions) {
        this.revisions = List.copyOf(revisions);
    }

    /** Builds the map; throws {@link GraphException.Structure} for duplicate ids or labels, missing parents or dependencies, and cycles. */
    public static RevisionMap of(List<Revision> revisions) {
        return new RevisionMap(revisions);
    }

    /** All revisions in the order they were given. */
    public List<Revision> revisions() {
        return revisions;
    }

    public Optional<Revision> find(String id) {
        throw new UnsupportedOperationException();
    }

    /** Head ids (revisions nothing revises), in Alembic's order. */
    public List<String> heads() {
        throw new UnsupportedOperationException();
    }

    /** Heads counting depends_on edges too (a revision another depends on is no head). */
    public List<String> realHeads() {
        throw new UnsupportedOperationException();
    }

    public List<String> bases() {
        throw new UnsupportedOperationException();
    }

    /** Ids of the revisions that name {@code id} in their revises list. */
    public List<String> children(String id) {
        throw new UnsupportedOperationException();
    }

    /** Alembic's get_revisions: "head", "heads", "base", ids, prefixes, labels, label@head, rev@head, label@rev, relative forms. */
    public List<Revision> resolve(String identifier) {
        throw new UnsupportedOperationException();
    }

    /** Like {@link #resolve} but exactly one revision (null for "base"). */
    public Revision resolveOne(String identifier) {
        throw new UnsupportedOperationException();
    }

    /** Alembic's history walk for "lower:upper" (either side may be empty), newest first. */
    public List<Revision> history(String range) {
        throw new UnsupportedOperationException();
    }

    /** The revisions to apply, in order, to take a database with {@code applied} revisions to {@code target}. */
    public List<Revision> upgradePlan(Collection<String> applied, String target) {
        throw new UnsupportedOperationException();
    }

    /** The revisions to revert, in order, to take a database with {@code applied} revisions down to {@code target}. */
    public List<Revision> downgradePlan(Collection<String> applied, String target) {
        throw new UnsupportedOperationException();
    }
}
