/**
 * Alembic revisions as lint reads them: a small reader of Python files and expressions, and the
 * {@code op.*} calls and SQLAlchemy objects turned into the common change model.
 */
package dev.retort.lint.python;
