package dev.retort.lint.rules;

import dev.retort.lint.Step;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** Dropping a column that this revision did not add: its values are lost and running code breaks. */
public final class DropColumnRule implements Rule {
    public static final Code CODE = new Code("drop-column", Severity.ERROR, "A revision drops a column");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        List<Finding> out = new ArrayList<>();
        for (Step s : c.steps()) {
            if (s.op() instanceof Operation.DropColumn d && !c.addedHere(d.table(), d.name())) {
                out.add(c.finding(CODE, s.line(), "drops column " + d.table() + "." + d.name(),
                        "its values are lost for good, and the release still running fails on every query that names it "
                                + "(ORMs name every mapped column)",
                        "expand/contract: stop reading and writing the column in one release, drop it in a later one, "
                                + "and say so: '-- retort:allow drop-column <reason>'"));
            }
        }
        return out;
    }
}
