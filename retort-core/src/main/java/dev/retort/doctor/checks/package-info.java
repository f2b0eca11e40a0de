/**
 * One class per doctor diagnosis (a {@link dev.retort.doctor.Check}, listed in
 * {@link dev.retort.doctor.checks.Checks}), and what several checks share: resolving a
 * mistyped reference, guessing the id that was meant; and the text of the merge revision that
 * {@code MultipleHeadsCheck} proposes ({@link dev.retort.doctor.checks.MergeRevision}).
 */
package dev.retort.doctor.checks;
