/**
 * The list of databases ({@link dev.retort.dialect.registry.Dialects#ALL}) and the lookups by url,
 * name and SQLAlchemy backend. It is the only code that names the database folders, and it sits
 * above them, so that {@code dev.retort.dialect} and the folders depend one way. Adding a database
 * adds one entry here.
 */
package dev.retort.dialect.registry;
