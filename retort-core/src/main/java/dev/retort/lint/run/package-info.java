/**
 * {@link dev.retort.lint.run.Lint}, which runs lint: reads every revision into steps (SQL through
 * {@code lint.sql}, Java by recording its operations, Alembic through {@code lint.python}), runs
 * the rules of {@code lint.rules} oldest first, and {@link dev.retort.lint.run.LintReports}, which
 * writes the result as text, JSON or SARIF. The top of lint: the parts below never name it.
 */
package dev.retort.lint.run;
