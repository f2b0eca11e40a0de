/**
 * Finding and resolving the configuration: {@link dev.retort.config.ConfigLoader} reads
 * retort.toml (or an Alembic project's alembic.ini through {@link dev.retort.config.AlembicIni})
 * and applies the precedence flags, RETORT_*, [environments.X], [retort] into an immutable
 * {@link dev.retort.config.RetortConfig}; {@link dev.retort.config.Secrets} masks passwords.
 * Must not depend on any core package but {@code dev.retort.RetortException}, and never reads
 * the JVM's working directory or environment itself: both are passed in.
 */
package dev.retort.config;
