/**
 * {@code retort doctor}: diagnoses revision chains on the raw file text, broken graphs included.
 * This package is what doctor's parts share: the revision files as read
 * ({@link dev.retort.doctor.ScriptFile}), the {@link dev.retort.doctor.Analysis} of their
 * references, the {@link dev.retort.doctor.Check} interface and its
 * {@link dev.retort.doctor.Diagnosis} and {@link dev.retort.doctor.Remedy}, silencing, the
 * request; and the database and git-hook helpers. Below it is {@code doctor.text} (a revision's
 * text, edited in place); above it, each on the ones before: {@code doctor.checks} (one class per
 * diagnosis and their list), {@code doctor.repair} (minimal text edits), {@code doctor.report}
 * (text, JSON, SARIF) and {@code doctor.run} ({@code Doctor}, which runs them). Must not depend on the strict
 * {@code dev.retort.graph} (it has to work where the graph refuses to build) nor on the CLI; it
 * reads the version table only through {@code dev.retort.engine}.
 */
package dev.retort.doctor;
