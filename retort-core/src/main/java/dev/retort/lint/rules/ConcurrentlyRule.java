package dev.retort.lint.rules;

import dev.retort.lint.Step;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** CONCURRENTLY inside a revision that runs in a transaction: PostgreSQL refuses it. */
public final class ConcurrentlyRule implements Rule {
    static final Code CODE = new Code("concurrently-in-transaction", Severity.ERROR,
            "CONCURRENTLY in a revision that runs inside a transaction");

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
            // Java's concurrently() is ignored on databases other than PostgreSQL; SQL text says what it says
            boolean javaOption = s.op() instanceof Operation.CreateIndex i && i.index().concurrently();
            if (s.has(Step.Flag.CONCURRENTLY) && !s.has(Step.Flag.AUTOCOMMIT) && !(javaOption && c.dialect() != null && !c.facts().concurrentIndexes())) {
                out.add(c.finding(CODE, s.line(), "runs CONCURRENTLY inside the revision's transaction",
                        "PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY inside a transaction block, so the revision fails",
                        "add 'Transaction: none' to the header (Java: @Revision(transaction = \"none\")) "
                                + "and keep that statement in a revision of its own"));
            }
        }
        return out;
    }
}
