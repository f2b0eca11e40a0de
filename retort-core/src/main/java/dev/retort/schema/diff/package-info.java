/**
 * Puts two schemas in one form ({@link dev.retort.schema.diff.Canonical},
 * {@link dev.retort.schema.diff.TypeNames}) and compares them into operations
 * ({@link dev.retort.schema.diff.SchemaDiff}); what differs between databases is asked of
 * {@code Dialect.schemaRules()}.
 */
package dev.retort.schema.diff;
