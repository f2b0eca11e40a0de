package dev.retort.lint.rules;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.LintFacts;
import dev.retort.engine.PortableSql;
import dev.retort.lint.KnownSchema;
import dev.retort.lint.RevisionSteps;
import dev.retort.lint.Step;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.script.Format;
import java.util.List;
import java.util.Set;

/**
 * What a rule sees of one revision: its steps, the dialect (null when unknown), the schema as the
 * revisions before it left it, and after it, and the statements a listed database will refuse. Rules ask the dialect's {@link #facts()}, never its name.
 */
public record LintContext(RevisionSteps revision, Dialect dialect, KnownSchema before, KnownSchema after, Set<String> codes,
                          List<PortableSql.Problem> portability) {

    public LintContext {
        portability = List.copyOf(portability);
    }

    /** A revision with nothing to port (a project on one database, or not SQL). */
    public LintContext(RevisionSteps revision, Dialect dialect, KnownSchema before, KnownSchema after, Set<String> codes) {
        this(revision, dialect, before, after, codes, List.of());
    }

    List<Step> steps() {
        return revision.upgrade();
    }

    /** What the rules need to know of the database; {@link LintFacts#UNKNOWN} when it is not known. */
    LintFacts facts() {
        return dialect == null ? LintFacts.UNKNOWN : dialect.lintFacts();
    }

    /** True when this revision creates {@code table} itself: no other code can be using it yet. */
    boolean createdHere(String table) {
        String key = KnownSchema.key(table);
        for (Step s : steps()) {
            if (s.op() instanceof Operation.CreateTable c && KnownSchema.key(c.table().name()).equals(key)) {
                return true;
            }
            if (s.has(Step.Flag.CREATES_TABLE) && KnownSchema.key(s.table()).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** True when this revision adds {@code column} (or its whole table). */
    boolean addedHere(String table, String column) {
        if (createdHere(table)) {
            return true;
        }
        for (Step s : steps()) {
            if (s.op() instanceof Operation.AddColumn a && KnownSchema.key(a.table()).equals(KnownSchema.key(table))
                    && KnownSchema.key(a.column().name()).equals(KnownSchema.key(column))) {
                return true;
            }
        }
        return false;
    }

    /** True for an Alembic revision: fixes speak Alembic ({@code op.*}, {@code # retort: allow}). */
    boolean alembic() {
        return revision.revision().source() != null && revision.revision().source().format() == Format.ALEMBIC;
    }

    Finding finding(Rule.Code code, int line, String message, String why, String fix) {
        return new Finding(code.id(), code.severity(), revision.file(), line, revision.columns().getOrDefault(line, 0), message,
                why, alembic() ? AlembicHints.fix(code.id(), fix) : fix);
    }
}
