/**
 * PostgreSQL: the dialect (PostgresDialect, the entry point), its DDL (PostgresDdl), catalog reflection
 * (PostgresReflector), type spellings (PostgresTypes) and scratch databases (PostgresScratch). Reached only
 * through {@link dev.retort.dialect.Dialect}.
 */
package dev.retort.dialect.postgres;
