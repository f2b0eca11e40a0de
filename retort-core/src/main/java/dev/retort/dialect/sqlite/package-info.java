/**
 * SQLite: the dialect (SqliteDialect, the entry point), its DDL (SqliteDdl), catalog reflection
 * (SqliteReflector), type spellings (SqliteTypes) and scratch databases (SqliteScratch). Reached only
 * through {@link dev.retort.dialect.Dialect}.
 */
package dev.retort.dialect.sqlite;
