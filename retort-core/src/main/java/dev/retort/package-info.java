/**
 * The library facade: {@link dev.retort.Retort} ({@code Retort.configure()...load()}) runs
 * upgrade, downgrade, stamp, repair, current and the offline scripts; {@link dev.retort.Verification}
 * runs verify; {@link dev.retort.RetortException} is the one exception type whose kind the CLI
 * maps to exit codes. Front ends call this package; it may use every other core package, but none
 * of them may use the facade classes (they do use {@code RetortException}, which lives here).
 */
package dev.retort;
