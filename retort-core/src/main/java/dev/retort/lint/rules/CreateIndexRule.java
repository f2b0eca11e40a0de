package dev.retort.lint.rules;

import dev.retort.lint.Step;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL: CREATE INDEX on an existing table without CONCURRENTLY blocks writes while it builds. */
public final class CreateIndexRule implements Rule {
    static final Code CODE = new Code("create-index-not-concurrently", Severity.WARNING,
            "PostgreSQL: an index on an existing table is built without CONCURRENTLY");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        List<Finding> out = new ArrayList<>();
        if (!c.facts().concurrentIndexes()) {
            return out; // MySQL/MariaDB build indexes online by default; SQLite and H2 have no concurrent build
        }
        for (Step s : c.steps()) {
            if (s.op() instanceof Operation.CreateIndex i && !i.index().concurrently() && !c.createdHere(i.index().table())) {
                out.add(c.finding(CODE, s.line(), "creates index " + i.index().name() + " on " + i.index().table()
                                + " without CONCURRENTLY",
                        "CREATE INDEX blocks every write to the table until the index is built, minutes on a large table",
                        "CREATE INDEX CONCURRENTLY in a revision of its own with 'Transaction: none' "
                                + "(Java: i -> i.concurrently() and @Revision(transaction = \"none\"))"));
            }
        }
        return out;
    }
}
