/**
 * Everything that differs between databases. {@link dev.retort.dialect.Dialect} is the single
 * entry point, one object per database listed in {@link dev.retort.dialect.registry.Dialects#ALL}
 * and chosen by {@link dev.retort.dialect.registry.Dialects#fromUrl} or
 * {@link dev.retort.dialect.registry.Dialects#named}:
 * quoting, transactional DDL, version-table column types and the run lock, and the parts it hands
 * out: {@code ddl()} (rendering operations, {@code dev.retort.dialect.ddl}), {@code reflector()}
 * (catalog reflection over {@link dev.retort.dialect.CatalogReflector}), {@code types()} (type
 * spellings read back, {@link dev.retort.dialect.ColumnTypes}) and {@code scratch()} (scratch
 * databases, {@link dev.retort.dialect.ScratchSpace}). Each database's classes live in a
 * subpackage of their own: {@code postgres}, {@code mysql}, {@code sqlite}, {@code h2}; they
 * build on this package, which names none of them (only {@code registry} lists them).
 * {@link dev.retort.dialect.sql.SqlSplitter} cuts a script into statements the way each database's
 * own client would.
 */
package dev.retort.dialect;

