/**
 * Doctor's repairs: {@link dev.retort.doctor.repair.Fixer} turns diagnoses into a
 * {@link dev.retort.doctor.repair.Repair} of minimal text edits per revision format (SQL, Java,
 * Alembic), shown as a unified diff and written only with {@code --apply}.
 */
package dev.retort.doctor.repair;
