package dev.retort.lint;

import dev.retort.engine.PortableSql;
import dev.retort.script.RevisionHeader;
import dev.retort.script.compile.RevisionCompiler;
import java.util.List;
import java.util.Set;

/**
 * What to lint.
 *
 * @param revisions every revision of the project, oldest first (upgrade order): lint reads them
 *     all to know the schema each selected revision starts from
 * @param selected  the ids of the revisions to report on
 * @param dialect   "postgresql", "mysql", "mariadb" (the mysql dialect, named as the user has it), "sqlite", "h2", or null when unknown (then the checks
 *                  that only concern one database are skipped)
 * @param compiler  compiles the Java revisions
 * @param portable  the databases the revisions must run on and the one their generic SQL is
 *                  written for ({@link PortableSql.Targets#NONE} for a project on one database)
 * @param scope     how the selection was made, for the summary: "all revisions", "not yet applied
 *                  to the database", "range base:head"
 */
public record LintRequest(List<RevisionHeader> revisions, Set<String> selected, String dialect, RevisionCompiler compiler,
        String scope, PortableSql.Targets portable) {
    public LintRequest {
        revisions = List.copyOf(revisions);
        selected = Set.copyOf(selected);
        scope = scope == null ? "" : scope;
        portable = portable == null ? PortableSql.Targets.NONE : portable;
    }

    /** A project on one database. */
    public LintRequest(List<RevisionHeader> revisions, Set<String> selected, String dialect, RevisionCompiler compiler,
            String scope) {
        this(revisions, selected, dialect, compiler, scope, PortableSql.Targets.NONE);
    }
}
