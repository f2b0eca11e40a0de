package dev.retort.lint.rules;

import dev.retort.lint.RevisionSteps;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** Problems with lint's own reading of a revision: an allowance naming no code, operations it could not see. */
public final class RevisionRule implements Rule {
    public static final Code UNKNOWN_ALLOW = new Code("unknown-allow", Severity.WARNING, "An allowance names no lint code");
    static final Code NOT_ANALYZABLE = new Code("not-analyzable", Severity.WARNING,
            "Lint could not read all of a revision's operations");

    @Override
    public List<Code> codes() {
        return List.of(UNKNOWN_ALLOW, NOT_ANALYZABLE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        List<Finding> out = new ArrayList<>();
        for (RevisionSteps.Allowance a : c.revision().allowances()) {
            if (!c.codes().contains(a.code())) {
                out.add(c.finding(UNKNOWN_ALLOW, a.line(), a.code().isEmpty() ? "retort:allow names no code"
                                : "retort:allow names '" + a.code() + "', which is no lint code",
                        "it silences nothing, so the finding it was meant for is still reported (or a typo hides the intent)",
                        "write one of: " + String.join(", ", c.codes().stream().sorted().toList())));
            }
        }
        if (c.revision().unanalyzed() != null && c.alembic()) {
            out.add(c.finding(NOT_ANALYZABLE, c.revision().unanalyzedLine(), "lint cannot read " + c.revision().unanalyzed(),
                    "lint reads Alembic revisions as text and never runs Python, so it does not guess: "
                            + "what happens there is not checked",
                    "write the table and column names of op.* calls as string literals (or module constants) in upgrade() itself; "
                            + "or review it by hand and say so: '# retort: allow not-analyzable <reason>'"));
        } else if (c.revision().unanalyzed() != null) {
            out.add(c.finding(NOT_ANALYZABLE, c.revision().unanalyzedLine(),
                    "lint stopped recording the upgrade here: " + c.revision().unanalyzed(),
                    "lint runs the upgrade without a database; operations after this point are not checked",
                    "keep data work that needs op.connection() in a revision of its own, or ignore this warning"));
        }
        return out;
    }
}
