/**
 * Schemas as data: an immutable model ({@link dev.retort.schema.Schema}) reflected from a
 * database catalog in a few bulk queries ({@link dev.retort.schema.Reflector}, one per
 * database in its {@code dev.retort.dialect} folder), normalized so that spellings do not count as changes ({@link dev.retort.schema.TypeNames},
 * {@link dev.retort.schema.Expressions}), and compared ({@link dev.retort.schema.SchemaDiff}) into
 * {@code dev.retort} operations whose reverses give the downgrade. {@link dev.retort.schema.SqlBodies}
 * and {@link dev.retort.schema.JavaBodies} write them as revision text.
 */
package dev.retort.schema;
import dev.retort.schema.diff.Expressions;
import dev.retort.schema.render.JavaBodies;
import dev.retort.schema.model.Reflector;
import dev.retort.schema.model.Schema;
import dev.retort.schema.diff.SchemaDiff;
import dev.retort.schema.render.SqlBodies;
import dev.retort.schema.diff.TypeNames;
