/**
 * Java revisions as classes: {@link dev.retort.script.compile.RevisionCompiler} compiles revision
 * files in one javac batch with a content-hash cache; {@link dev.retort.script.compile.ClasspathRevisions}
 * finds revisions compiled into an application.
 */
package dev.retort.script.compile;
