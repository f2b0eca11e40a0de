/**
 * {@code retort lint}: turns each revision into steps (SQL statements classified by
 * {@link dev.retort.lint.sql.SqlClassifier}, Java operations recorded, Alembic {@code op.*} calls read
 * as text) and runs the rules listed in {@link dev.retort.lint.rules.Rules} over them, each judged
 * against the schema its ancestors built. Subpackages: {@code rules}, {@code sql} (classifying
 * statements), {@code python} (reading Alembic revisions). Must not depend on the CLI or on the facade; today it
 * also uses {@code dev.retort.doctor} (for the set of codes an allowance may name) and
 * {@code dev.retort.engine} (to read which revisions a database has applied).
 */
package dev.retort.lint;
