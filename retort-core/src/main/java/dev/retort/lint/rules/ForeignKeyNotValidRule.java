package dev.retort.lint.rules;

import dev.retort.lint.Step;
import dev.retort.Constraint;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL: a foreign key added to an existing table is checked at once, locking both tables. */
public final class ForeignKeyNotValidRule implements Rule {
    static final Code CODE = new Code("foreign-key-not-valid", Severity.WARNING,
            "PostgreSQL: a foreign key is added to an existing table without NOT VALID");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        List<Finding> out = new ArrayList<>();
        if (!c.facts().notValidForeignKeys()) {
            return out;
        }
        for (Step s : c.steps()) {
            if (s.op() instanceof Operation.AddConstraint a && a.constraint() instanceof Constraint.ForeignKey fk
                    && !s.has(Step.Flag.NOT_VALID) && !c.createdHere(a.table())) {
                out.add(c.finding(CODE, s.line(), "adds foreign key " + fk.name() + " on " + a.table() + " without NOT VALID",
                        "PostgreSQL checks every existing row at once while blocking writes to " + a.table()
                                + " and " + fk.referencedTable() + " (SHARE ROW EXCLUSIVE)",
                        "ADD CONSTRAINT ... NOT VALID (fast), then ALTER TABLE " + a.table() + " VALIDATE CONSTRAINT "
                                + fk.name() + " in a later revision, which lets writes go on (Java: op.execute(...))"));
            }
        }
        return out;
    }
}
