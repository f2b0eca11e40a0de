/**
 * The pure revision graph: {@link dev.retort.graph.RevisionMap} is built from a list of
 * {@code dev.retort.script.RevisionHeader} records and resolves Alembic's identifiers (head, heads,
 * label@head, +N, ranges) into upgrade and downgrade plans; its errors are
 * {@link dev.retort.graph.GraphException}. Must not read files or touch a database, and must not
 * depend on anything but {@code dev.retort.script.RevisionHeader} and {@code RetortException}.
 */
package dev.retort.graph;
