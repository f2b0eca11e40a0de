/**
 * Revision files: reading the headers and bodies of SQL, Java and Alembic ({@code .py}) revisions
 * ({@link dev.retort.script.ScriptDirectory#read}, {@link dev.retort.script.SqlRevisionReader},
 * {@link dev.retort.script.JavaRevisionReader}, {@link dev.retort.script.AlembicReader}) into
 * {@link dev.retort.script.RevisionHeader} records, and writing new ones
 * ({@link dev.retort.script.RevisionWriter}). Must not depend on the graph, the engine or any
 * database package: it is the bottom layer that the graph is built from.
 */
package dev.retort.script;
