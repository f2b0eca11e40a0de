package dev.retort.lint.rules;

import dev.retort.lint.Step;
import dev.retort.Column;
import dev.retort.Constraint;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A foreign key whose columns no index leads with, once the revision is done: every delete or
 * key update in the referenced table scans the referencing one. MySQL/MariaDB create such an
 * index themselves.
 */
public final class ForeignKeyIndexRule implements Rule {
    static final Code CODE = new Code("foreign-key-without-index", Severity.WARNING,
            "A foreign key has no index on its columns");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        List<Finding> out = new ArrayList<>();
        if (c.facts().indexesForeignKeys()) {
            return out;
        }
        for (Step s : c.steps()) {
            if (s.op() instanceof Operation.CreateTable t) {
                for (Column col : t.table().columns()) {
                    if (col.references() != null) {
                        check(c, s, t.table().name(), col.references(), out);
                    }
                }
                for (Constraint k : t.table().constraints()) {
                    if (k instanceof Constraint.ForeignKey fk) {
                        check(c, s, t.table().name(), fk, out);
                    }
                }
            } else if (s.op() instanceof Operation.AddColumn a && a.column().references() != null) {
                check(c, s, a.table(), a.column().references(), out);
            } else if (s.op() instanceof Operation.AddConstraint a && a.constraint() instanceof Constraint.ForeignKey fk) {
                check(c, s, a.table(), fk, out);
            }
        }
        return out;
    }

    private static void check(LintContext c, Step s, String table, Constraint.ForeignKey fk, List<Finding> out) {
        if (c.after().indexed(table, fk.columns())) {
            return;
        }
        String columns = String.join(", ", fk.columns());
        out.add(c.finding(CODE, s.line(), "foreign key " + table + " (" + columns + ") -> " + fk.referencedTable()
                        + " has no index on " + table + " (" + columns + ")",
                "each delete or key update in " + fk.referencedTable() + " scans all of " + table
                        + " for referencing rows, and joins along the key read the whole table",
                "create an index on " + table + " (" + columns + ") in the same revision"
                        + (c.facts().concurrentIndexes() && !c.createdHere(table) ? " (or CONCURRENTLY in its own revision)" : "")));
    }
}
