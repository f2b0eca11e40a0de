/**
 * Autogenerate and check: the database at head, reflected ({@code dev.retort.schema}), compared
 * with the model configured in {@code [model]} (a desired-state schema.sql applied to a scratch
 * database, or another database), giving the operations of a new revision. Sits above the
 * engine because it reads the version table to make sure the database is at head.
 */
package dev.retort.autogen;
