/**
 * Operations to SQL, per database: {@link dev.retort.dialect.ddl.DdlRenderer#forDialect} gives
 * the renderer; {@code render(op, connection)} returns the {@link dev.retort.dialect.ddl.Step}s
 * to execute (values bound), {@code renderOffline(op)} the SQL of an offline script (values as
 * literals); {@link dev.retort.dialect.ddl.DdlExecutor} runs a Java revision on a connection.
 */
package dev.retort.dialect.ddl;
