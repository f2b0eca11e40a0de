package dev.retort.lint.rules;

import dev.retort.lint.Step;
import dev.retort.dialect.TransactionControl;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * COMMIT, ROLLBACK, BEGIN and the like inside a revision that runs in a transaction: they would
 * end Retort's transaction early. upgrade refuses such a revision before it runs; lint says so
 * at review time.
 */
public final class TransactionControlRule implements Rule {
    static final Code CODE = new Code("transaction-control", Severity.ERROR,
            "COMMIT, ROLLBACK, BEGIN or END in a revision that runs inside a transaction");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        List<Finding> out = new ArrayList<>();
        if (c.revision().outsideTransaction()) {
            return out;
        }
        for (Step s : c.steps()) {
            String keyword = s.op() instanceof Operation.Execute e ? TransactionControl.of(e.sql()) : null;
            if (keyword != null && !s.has(Step.Flag.AUTOCOMMIT)) {
                out.add(c.finding(CODE, s.line(), keyword + " inside the revision's transaction",
                        "it commits or discards part of the revision behind Retort's back: a later failure would leave "
                                + "half of it applied with no marker, and upgrade refuses to run it",
                        "remove it (Retort commits the revision itself), or add 'Transaction: none' to the header "
                                + "(Java: @Revision(transaction = \"none\"))"));
            }
        }
        return out;
    }
}
