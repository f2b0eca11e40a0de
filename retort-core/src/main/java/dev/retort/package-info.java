/**
 * The library facade: {@link dev.retort.Retort} ({@code Retort.configure()...load()}) runs
 * upgrade, downgrade, stamp, repair, current and the offline scripts, and the quality commands
 * (doctor, lint, verify, check, autogenerate: request records in, result records out, findings as
 * {@link dev.retort.Finding}, reports through {@link dev.retort.Report}); {@link dev.retort.RetortException} is the one exception type whose kind the CLI
 * maps to exit codes. Front ends call this package; it may use every other core package, but none
 * of them may use the facade classes (they do use {@code RetortException}, which lives here).
 */
package dev.retort;
