/**
 * {@code retort verify}: on a scratch database (a {@link dev.retort.dialect.ScratchSpace}, made by
 * {@link dev.retort.verify.Verifier#scratchBeside}), upgrade and
 * downgrade every revision and require the schema to round-trip ({@link dev.retort.verify.Verifier}),
 * then compare the head with the model. It is handed its runner by the facade
 * ({@code dev.retort.Verification}) and so must not depend on the facade or on the CLI.
 */
package dev.retort.verify;
