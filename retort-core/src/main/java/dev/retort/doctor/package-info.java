/**
 * {@code retort doctor}: diagnoses revision chains on the raw file text, broken graphs included
 * ({@link dev.retort.doctor.Doctor}, one {@link dev.retort.doctor.Check} per diagnosis, listed in
 * {@link dev.retort.doctor.Checks}), repairs them with minimal text edits
 * (in {@code doctor.repair}), writes text, JSON and SARIF reports (in {@code doctor.report}) and
 * installs the git hook. The checks themselves are in {@code doctor.checks}. Must not depend on the strict
 * {@code dev.retort.graph} (it has to work where the graph refuses to build) nor on the CLI; it
 * reads the version table only through {@code dev.retort.engine}.
 */
package dev.retort.doctor;
