/**
 * One class per doctor diagnosis (a {@link dev.retort.doctor.Check}, listed in
 * {@link dev.retort.doctor.Checks}), and what several checks share: cycle finding, resolving a
 * mistyped reference, guessing the id that was meant.
 */
package dev.retort.doctor.checks;
