package dev.retort.lint.rules;

import dev.retort.lint.RevisionSteps;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.List;

/**
 * A Java revision that writes no downgrade, so it is derived, while an upgrade operation has no
 * reverse (execute without reverse SQL, dropColumn without the definition, ...): found when the
 * revision is loaded rather than when a downgrade fails in production, at the operation's line
 * (empty-downgrade still reports the revision as a whole). A warning, as empty-downgrade is: the
 * revision upgrades fine, and some changes are meant to be one-way.
 */
public final class IrreversibleOperationRule implements Rule {
    public static final Code CODE = new Code("irreversible-operation", Severity.WARNING,
            "An operation has no reverse and no downgrade is written");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        RevisionSteps.Downgrade d = c.revision().downgrade();
        if (d.irreversibleLine() == 0) {
            return List.of();
        }
        return List.of(c.finding(CODE, d.irreversibleLine(), d.detail(),
                "the downgrade is derived by reversing the upgrade's operations, so 'retort downgrade' past this revision "
                        + "stops with an error before changing anything, and 'retort verify' fails on it",
                "give the operation what its reverse needs (execute(sql, reverseSql), dropColumn(table, column, type, c -> ...), "
                        + "dropTable(name, t -> ...)), or write downgrade(Ops op), failing on purpose if the change cannot be undone"));
    }
}
