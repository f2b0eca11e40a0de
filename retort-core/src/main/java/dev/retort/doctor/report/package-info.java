/** Doctor's result ({@link dev.retort.doctor.report.DoctorReport}) and its text, JSON and SARIF writers. */
package dev.retort.doctor.report;
