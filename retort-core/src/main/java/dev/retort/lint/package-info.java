/**
 * {@code retort lint}: turns each revision into steps (SQL statements classified by
 * {@link dev.retort.lint.sql.SqlClassifier}, Java operations recorded, Alembic {@code op.*} calls read
 * as text) and runs the rules listed in {@link dev.retort.lint.rules.Rules} over them, each judged
 * against the schema its ancestors built. This package is what lint's parts share: the
 * {@link dev.retort.lint.Step}s of a revision ({@link dev.retort.lint.RevisionSteps}), the
 * {@link dev.retort.lint.KnownSchema} they build, allowances, and the request and report records.
 * Above it, one way: {@code sql} (classifying statements), {@code python} (reading Alembic
 * revisions), {@code rules}, and {@code run} ({@code Lint}, which reads every revision and runs the
 * rules, and the report writers). Must not depend on the CLI or on the facade; it also uses
 * {@code dev.retort.doctor} (for the set of codes an allowance may name) and
 * {@code dev.retort.engine} (to read which revisions a database has applied).
 */
package dev.retort.lint;
