package dev.retort.lint.rules;

import dev.retort.lint.KnownSchema;
import dev.retort.lint.sql.SqlTypes;
import dev.retort.lint.Step;
import dev.retort.Operation;
import dev.retort.Type;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** A type change that is not a known widening: values may not fit, and the table is rewritten. */
public final class NarrowingTypeRule implements Rule {
    public static final Code CODE = new Code("narrowing-type", Severity.ERROR, "A column changes to a smaller or different type");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        List<Finding> out = new ArrayList<>();
        for (Step s : c.steps()) {
            if (!(s.op() instanceof Operation.AlterColumn a) || a.type() == null || c.addedHere(a.table(), a.column())) {
                continue;
            }
            Type old = a.existingType();
            if (old == null) {
                KnownSchema.ColumnInfo known = c.before().column(a.table(), a.column());
                old = known == null ? null : known.type();
            }
            if (old != null && SqlTypes.widens(old, a.type())) {
                continue;
            }
            String column = a.table() + "." + a.column();
            String message = old == null
                    ? "changes the type of " + column + " to " + a.type() + " (lint cannot tell its old type)"
                    : "changes the type of " + column + " from " + old + " to " + a.type();
            out.add(c.finding(CODE, s.line(), message,
                    "values that do not fit the new type make the statement fail (or are cut, on MySQL without strict mode), "
                            + "the table is rewritten under an exclusive lock, and the release still running expects the old type",
                    "expand/contract: add a column of the new type, fill it and move the code to it, drop the old one later; "
                            + "or only widen (a longer varchar, text, bigint)"));
        }
        return out;
    }
}
