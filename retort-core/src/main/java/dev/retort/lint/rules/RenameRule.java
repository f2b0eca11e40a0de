package dev.retort.lint.rules;

import dev.retort.lint.Step;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** Renaming a table or a column in use: the release still running knows only the old name. */
public final class RenameRule implements Rule {
    public static final Code TABLE = new Code("rename-table", Severity.ERROR, "A table in use is renamed");
    // A warning: a rename keeps the data (unlike drop+add) and is the right tool when a short
    // outage is accepted; the advice is the zero-downtime alternative.
    public static final Code COLUMN = new Code("rename-column", Severity.WARNING, "A column in use is renamed");

    private static final String WHY = "the release still running during and after the deploy uses the old name "
            + "and fails until every instance runs the new code";

    @Override
    public List<Code> codes() {
        return List.of(TABLE, COLUMN);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        List<Finding> out = new ArrayList<>();
        for (Step s : c.steps()) {
            if (s.op() instanceof Operation.RenameTable r && !c.createdHere(r.from())) {
                out.add(c.finding(TABLE, s.line(), "renames table " + r.from() + " to " + r.to(), WHY,
                        "expand/contract: create " + r.to() + " (or a view named " + r.to() + "), write to both, "
                                + "move the readers, and drop " + r.from() + " in a later release"));
            } else if (s.op() instanceof Operation.AlterColumn a && a.newName() != null && !c.addedHere(a.table(), a.column())) {
                out.add(c.finding(COLUMN, s.line(), "renames column " + a.table() + "." + a.column() + " to " + a.newName(), WHY,
                        "expand/contract: add " + a.newName() + ", write to both and copy the old values, "
                                + "move the readers, and drop " + a.column() + " in a later release"));
            }
        }
        return out;
    }
}
