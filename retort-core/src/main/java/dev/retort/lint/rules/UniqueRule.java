package dev.retort.lint.rules;

import dev.retort.lint.Step;
import dev.retort.Constraint;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A unique constraint added to a table with rows: it fails on duplicates and builds its index
 * while blocking writes. PostgreSQL can adopt an index built CONCURRENTLY instead (USING INDEX);
 * there a plain CREATE UNIQUE INDEX is left to create-index-not-concurrently.
 */
public final class UniqueRule implements Rule {
    static final Code CODE = new Code("unique-on-existing-table", Severity.WARNING,
            "A unique constraint is added to an existing table");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        List<Finding> out = new ArrayList<>();
        for (Step s : c.steps()) {
            String table = null;
            List<String> columns = null;
            if (s.op() instanceof Operation.AddConstraint a && a.constraint() instanceof Constraint.Unique u
                    && !s.has(Step.Flag.USING_INDEX)) {
                table = a.table();
                columns = u.columns();
            } else if (!c.facts().concurrentIndexes() && s.op() instanceof Operation.CreateIndex i && i.index().unique()) {
                table = i.index().table();
                columns = i.index().columns();
            }
            if (table == null || c.createdHere(table)) {
                continue;
            }
            out.add(c.finding(CODE, s.line(), "adds a unique constraint on " + table + " (" + String.join(", ", columns) + ")",
                    "the statement fails if the table already holds duplicates, and it builds the index while blocking writes",
                    c.facts().concurrentIndexes()
                            ? "find and resolve duplicates first; CREATE UNIQUE INDEX CONCURRENTLY in a revision with "
                                    + "'Transaction: none', then ADD CONSTRAINT ... UNIQUE USING INDEX"
                            : "find and resolve duplicates in an earlier revision; on a large table build the index "
                                    + "with an online schema change tool"));
        }
        return out;
    }
}
