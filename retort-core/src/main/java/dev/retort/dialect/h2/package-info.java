/**
 * H2: the dialect (H2Dialect, the entry point), its DDL (H2Ddl), catalog reflection
 * (H2Reflector), type spellings (H2Types) and scratch databases (H2Scratch). Reached only
 * through {@link dev.retort.dialect.Dialect}.
 */
package dev.retort.dialect.h2;
