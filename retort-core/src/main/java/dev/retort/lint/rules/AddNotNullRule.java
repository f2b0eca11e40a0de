package dev.retort.lint.rules;

import dev.retort.lint.Step;
import dev.retort.Column;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** A NOT NULL column without a default added to a table that already has rows. */
public final class AddNotNullRule implements Rule {
    static final Code CODE = new Code("add-not-null-without-default", Severity.ERROR,
            "A NOT NULL column without a default is added to an existing table");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        List<Finding> out = new ArrayList<>();
        for (Step s : c.steps()) {
            if (s.op() instanceof Operation.AddColumn a && !c.createdHere(a.table())) {
                Column col = a.column();
                if (!col.nullable() && col.defaultSql() == null && !col.autoIncrement()) {
                    out.add(c.finding(CODE, s.line(), "adds NOT NULL column " + a.table() + "." + col.name() + " without a default",
                            "the existing rows have no value for it: on PostgreSQL, SQLite and H2 the statement fails on a table "
                                    + "with rows (it passes only on an empty development database); MySQL and MariaDB accept it, "
                                    + "even in strict mode, and fill every existing row with the type's implicit default "
                                    + "('' for text, 0 for numbers), a value nobody chose",
                            "add the column nullable, fill it, and set NOT NULL in a later revision; "
                                    + "or give it a constant DEFAULT"));
                }
            }
        }
        return out;
    }
}
