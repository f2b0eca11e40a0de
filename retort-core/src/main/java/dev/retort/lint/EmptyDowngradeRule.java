package dev.retort.lint;

import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.List;

/** A revision that changes the schema but has no downgrade that undoes it. */
final class EmptyDowngradeRule implements Rule {
    static final Code CODE = new Code("empty-downgrade", Severity.WARNING, "The downgrade is missing or empty");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        RevisionSteps r = c.revision();
        if (r.downgrade().state() == RevisionSteps.Downgrade.State.PRESENT || (r.upgrade().isEmpty() && r.unanalyzed() == null)) {
            return List.of();
        }
        return List.of(c.finding(CODE, r.downgrade().line(), "the upgrade changes the schema but " + r.downgrade().detail(),
                "'retort downgrade' past this revision reports success and leaves its changes in place, "
                        + "and 'retort verify' cannot prove that it reverses",
                "write the downgrade, or make it fail on purpose when the change cannot be undone"));
    }
}
