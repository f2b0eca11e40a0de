/**
 * Everything that differs between databases. {@link dev.retort.dialect.Dialect} is the single
 * entry point, one object per database listed in {@link dev.retort.dialect.Dialect#ALL} and
 * chosen by {@link dev.retort.dialect.Dialect#fromUrl} or {@link dev.retort.dialect.Dialect#named}:
 * quoting, transactional DDL, version-table column types and the run lock, and the parts it hands
 * out: {@code ddl()} (rendering operations, {@code dev.retort.dialect.ddl}), {@code reflector()}
 * (catalog reflection over {@link dev.retort.dialect.CatalogReflector}), {@code types()} (type
 * spellings read back, {@link dev.retort.dialect.ColumnTypes}) and {@code scratch()} (scratch
 * databases, {@link dev.retort.dialect.ScratchSpace}). Each database's classes live in a
 * subpackage of their own: {@code postgres}, {@code mysql}, {@code sqlite}, {@code h2}.
 * {@link dev.retort.dialect.sql.SqlSplitter} cuts a script into statements the way each database's
 * own client would.
 */
package dev.retort.dialect;

