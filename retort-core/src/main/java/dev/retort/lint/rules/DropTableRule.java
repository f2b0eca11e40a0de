package dev.retort.lint.rules;

import dev.retort.lint.Step;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** Dropping a table that this revision did not create: its rows are gone for good. */
public final class DropTableRule implements Rule {
    public static final Code CODE = new Code("drop-table", Severity.ERROR, "A revision drops a table");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        List<Finding> out = new ArrayList<>();
        for (Step s : c.steps()) {
            if (s.op() instanceof Operation.DropTable d && !c.createdHere(d.name())) {
                out.add(c.finding(CODE, s.line(), "drops table " + d.name(),
                        "its rows are lost for good, and the release still running reads and writes it until the new one is live",
                        "stop using the table in an earlier release and keep a copy (or rename it to an archive name); "
                                + "then say so: '-- retort:allow drop-table <reason>'"));
            }
        }
        return out;
    }
}
