package dev.retort.lint;

import dev.retort.report.Finding;
import dev.retort.report.Severity;
import dev.retort.report.Silenced;
import java.util.List;

/**
 * What lint found, for a dialect (null: unknown) and a scope (how the revisions were chosen): the revisions it checked (ids, in upgrade order), the findings (by revision
 * order, then line), and the findings that revisions silenced with their reasons.
 */
public record LintReport(String dialect, String scope, List<String> revisions, List<Finding> findings,
        List<Silenced> silenced) {
    public LintReport {
        revisions = List.copyOf(revisions);
        findings = List.copyOf(findings);
        silenced = List.copyOf(silenced);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** The exit status lint reports: errors fail, warnings only when {@code strict}. */
    public boolean fails(boolean strict) {
        return count(Severity.ERROR) > 0 || (strict && !findings.isEmpty());
    }
}
