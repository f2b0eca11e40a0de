package dev.retort;

/** Options of an index: {@code i -> i.unique().where("deleted_at IS NULL")}. */
public final class IndexOptions {
    boolean unique;
    String where;
    boolean concurrently;

    IndexOptions() {}

    public IndexOptions unique() {
        unique = true;
        return this;
    }

    /** Makes the index partial: only rows matching this SQL condition are indexed. */
    public IndexOptions where(String condition) {
        where = condition;
        return this;
    }

    /** PostgreSQL's CREATE/DROP INDEX CONCURRENTLY; the revision must run outside a transaction. */
    public IndexOptions concurrently() {
        concurrently = true;
        return this;
    }
}
