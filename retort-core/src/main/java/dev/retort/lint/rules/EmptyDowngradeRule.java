package dev.retort.lint.rules;

import dev.retort.lint.RevisionSteps;
import dev.retort.lint.Step;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import dev.retort.Operation;
import java.util.List;
import java.util.regex.Pattern;

/** A revision that changes the schema but has no downgrade that undoes it. */
public final class EmptyDowngradeRule implements Rule {
    public static final Code CODE = new Code("empty-downgrade", Severity.WARNING, "The downgrade is missing or empty");

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
        return List.of(c.finding(CODE, r.downgrade().line(), work(r) + " but " + r.downgrade().detail(),
                why(r), "write the downgrade, or make it fail on purpose when the change cannot be undone"));
    }

    /** What the upgrade does, as doctor says it: a data-only upgrade does not change the schema. */
    private static String work(RevisionSteps r) {
        if (r.upgrade().isEmpty() || r.unanalyzed() != null) {
            return "the upgrade runs code";
        }
        boolean data = r.upgrade().stream().allMatch(s -> s.op() instanceof Operation.BulkInsert || s.has(Step.Flag.DATA)
                || s.op() instanceof Operation.Execute e && DML.matcher(e.sql()).lookingAt());
        return data ? "the upgrade only changes data (UPDATE, INSERT or DELETE)" : "the upgrade changes the schema";
    }

    /** A SQL revision's missing downgrade runs nothing; a Java revision's cannot be derived and fails. */
    private static String why(RevisionSteps r) {
        boolean missingPython = r.file().toString().endsWith(".py") && r.downgrade().state() == RevisionSteps.Downgrade.State.MISSING;
        if (r.file().toString().endsWith(".java") || missingPython) {
            return "'retort downgrade' past this revision stops with an error before changing anything, "
                    + "so no database can step back across it, and 'retort verify' fails on it";
        }
        return "'retort downgrade' past this revision runs nothing, reports success and leaves its changes in place, "
                + "and 'retort verify' cannot prove that it reverses";
    }

    private static final Pattern DML = Pattern.compile("\\s*(?i:update|insert|delete|merge)\\b");
}
