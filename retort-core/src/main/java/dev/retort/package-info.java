/**
 * The public API: what applications and every front end (the CLI among them) write or receive.
 * {@link dev.retort.Retort} ({@code Retort.configure()...load()}) is one opened project
 * (configuration, folders, revisions, database) with a method per command: init, revision, merge,
 * upgrade, downgrade, stamp, repair, current, the offline scripts, the revision graph
 * ({@link dev.retort.RevisionGraph}: heads, branches, history, show), install-hook, and the quality
 * commands doctor, lint, verify, check and autogenerate (findings as {@link dev.retort.Finding},
 * printed through {@link dev.retort.Report}). Requests and
 * results are small records of this package ({@link dev.retort.RevisionInfo},
 * {@link dev.retort.Current}, {@link dev.retort.AppliedInfo}, ...); progress arrives through
 * {@link dev.retort.MigrationListener}; {@link dev.retort.RetortException} is the one exception
 * type. Public signatures here name only this package, {@code dev.retort} and the JDK (a test
 * checks it); every other core package is internal. Package-private classes here
 * ({@code RevisionFiles}, {@code ProjectInit}, {@code RevisionScripts}, {@code Target},
 * {@code Diagnosis}, {@code Linting}, {@code Verification}) do the
 * facade's work.
 */
package dev.retort;
