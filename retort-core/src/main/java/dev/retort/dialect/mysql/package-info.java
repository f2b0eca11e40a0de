/**
 * MySQL and MariaDB: the dialect (MysqlDialect, the entry point), its DDL (MysqlDdl), catalog reflection
 * (MysqlReflector), type spellings (MysqlTypes) and scratch databases (MysqlScratch). Reached only
 * through {@link dev.retort.dialect.Dialect}.
 */
package dev.retort.dialect.mysql;
