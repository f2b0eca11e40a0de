package dev.retort.lint.rules;

import dev.retort.lint.KnownSchema;
import dev.retort.lint.Step;
import dev.retort.Constraint;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Making an existing column NOT NULL: the database scans every row under a lock that blocks the
 * table. On PostgreSQL 12+ a validated {@code CHECK (col IS NOT NULL)} lets it skip the scan.
 */
public final class SetNotNullRule implements Rule {
    public static final Code CODE = new Code("set-not-null", Severity.WARNING, "An existing column is made NOT NULL");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        List<Finding> out = new ArrayList<>();
        List<String> checksHere = new ArrayList<>();
        boolean validated = false;
        for (Step s : c.steps()) {
            if (s.op() instanceof Operation.AddConstraint a && a.constraint() instanceof Constraint.Check k) {
                checksHere.add(k.condition());
            } else if (s.has(Step.Flag.VALIDATES)) {
                validated = true;
            }
            if (!(s.op() instanceof Operation.AlterColumn a) || !Boolean.FALSE.equals(a.nullable())
                    || c.addedHere(a.table(), a.column()) || !wasNullable(c, a)) {
                continue;
            }
            List<String> proofs = new ArrayList<>(c.before().checks(a.table()));
            if (validated) {
                proofs.addAll(checksHere);
            }
            if (c.facts().notNullFromCheck() && proofs.stream().anyMatch(p -> provesNotNull(p, a.column()))) {
                continue;
            }
            out.add(c.finding(CODE, s.line(), "makes " + a.table() + "." + a.column() + " NOT NULL",
                    "the database reads every row to check it while holding a lock that blocks the table"
                            + (c.facts().notNullFromCheck() ? " (ACCESS EXCLUSIVE)" : "") + ", and the statement fails if any row holds NULL",
                    c.facts().notNullFromCheck()
                            ? "first ADD CONSTRAINT ... CHECK (" + a.column() + " IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT "
                                    + "(it does not block writes), then SET NOT NULL, which PostgreSQL 12+ proves from the check "
                                    + "without a scan; drop the check afterwards"
                            : "fill the NULLs in an earlier revision; on a large table use an online schema change tool"));
        }
        return out;
    }

    /**
     * An explicit SET NOT NULL counts unless the column is known to be NOT NULL already; a full
     * redefinition (MODIFY, a type change) only when the column is known to be nullable.
     */
    private static boolean wasNullable(LintContext c, Operation.AlterColumn a) {
        if (a.existingNullable() != null) {
            return a.existingNullable();
        }
        KnownSchema.ColumnInfo known = c.before().column(a.table(), a.column());
        if (known != null) {
            return known.nullable();
        }
        return a.type() == null;
    }

    public static boolean provesNotNull(String condition, String column) {
        String quoted = Pattern.quote(column.toLowerCase(Locale.ROOT));
        return condition.strip().toLowerCase(Locale.ROOT)
                .matches("\\(*\\s*[\"`]?" + quoted + "[\"`]?\\s+is\\s+not\\s+null\\s*\\)*");
    }
}
