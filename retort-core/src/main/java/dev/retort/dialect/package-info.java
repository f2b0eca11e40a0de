/**
 * What differs between PostgreSQL, MySQL/MariaDB, SQLite and H2 for running scripts: one small
 * {@link dev.retort.dialect.Dialect} subclass each (quoting, transactional DDL, version-table
 * column types, the run lock), chosen by {@link dev.retort.dialect.Dialect#fromUrl} or
 * {@link dev.retort.dialect.Dialect#named}, and {@link dev.retort.dialect.sql.SqlSplitter}, which cuts
 * a script into statements the way each database's own client would. Rendering operations to DDL
 * lives in {@code dev.retort.dialect.ddl}.
 */
package dev.retort.dialect;

