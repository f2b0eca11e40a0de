/**
 * {@link dev.retort.doctor.run.Doctor}, which runs doctor: reads the revision files, runs the
 * checks ({@code doctor.checks}), silences what the user allowed, computes and applies the repair
 * ({@code doctor.repair}) and returns the report ({@code doctor.report}). The top of doctor: the
 * parts below never name it.
 */
package dev.retort.doctor.run;
