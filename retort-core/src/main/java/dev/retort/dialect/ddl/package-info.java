/**
 * Operations to SQL: the shared {@link dev.retort.dialect.ddl.DdlRenderer}, subclassed in each database folder
 * ({@code dialect.ddl()} gives
 * the renderer); {@code render(op, connection)} returns the {@link dev.retort.dialect.ddl.Step}s
 * to execute (values bound), {@code renderOffline(op)} the SQL of an offline script (values as
 * literals); {@link dev.retort.dialect.ddl.DdlExecutor} runs a Java revision on a connection.
 */
package dev.retort.dialect.ddl;
