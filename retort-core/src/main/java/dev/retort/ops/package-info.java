/**
 * The API Java revisions are written against, and the one change model under it.
 *
 * <p>A revision is a class annotated {@link dev.retort.ops.Revision} that implements
 * {@link dev.retort.ops.Migration}; its {@code upgrade(Ops op)} calls {@link dev.retort.ops.Ops}
 * methods, each of which records one {@link dev.retort.ops.Operation}. Dialects render
 * operations to SQL ({@code dev.retort.dialect.ddl}); a downgrade that is not written is derived
 * from the reverses of the upgrade's operations ({@link dev.retort.ops.Recorder}).
 */
package dev.retort.ops;
