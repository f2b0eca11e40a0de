package dev.retort.lint.rules;

import dev.retort.lint.Step;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.List;

/**
 * PostgreSQL: DDL on an existing table without a lock_timeout. A waiting ALTER queues every
 * query behind it, so one long-running query stops the whole table.
 */
public final class LockTimeoutRule implements Rule {
    static final Code CODE = new Code("missing-lock-timeout", Severity.WARNING,
            "PostgreSQL: DDL on an existing table without SET lock_timeout");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        if (!c.facts().lockTimeout()) {
            return List.of();
        }
        for (Step s : c.steps()) {
            if (s.has(Step.Flag.SETS_LOCK_TIMEOUT)) {
                return List.of();
            }
            if (locksExistingTable(c, s)) {
                return List.of(c.finding(CODE, s.line(), "changes " + s.subject() + " without a lock_timeout",
                        "the statement waits for its lock behind any long query, and every query on " + s.subject()
                                + " that arrives meanwhile waits behind it: the table stops answering",
                        "start the upgrade with SET lock_timeout = '5s' and run it again if it times out (Java: "
                                + "op.execute(\"SET lock_timeout = '5s'\", \"SET lock_timeout = '5s'\"), which keeps the "
                                + "downgrade derivable)"));
            }
        }
        return List.of();
    }

    private static boolean locksExistingTable(LintContext c, Step s) {
        Operation op = s.op();
        if (op instanceof Operation.BulkInsert || op instanceof Operation.CreateTable || s.has(Step.Flag.CONCURRENTLY)) {
            return false;
        }
        if (op instanceof Operation.Execute && !s.has(Step.Flag.LOCKS_TABLE)) {
            return false;
        }
        return s.subject() != null && !c.createdHere(s.subject());
    }
}
