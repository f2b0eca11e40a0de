package dev.retort;

import java.util.List;

/**
 * What lint found: the database it linted for (postgresql, mysql, mariadb, sqlite, h2; null: unknown), how the revisions were chosen
 * ({@code scope}), the revisions it checked (ids, in upgrade order), the findings (by revision
 * order, then line), and the {@link Report} the command line prints.
 */
public record LintResult(String dialect, String scope, List<String> revisions, List<Finding> findings, Report report) {
    public LintResult {
        revisions = List.copyOf(revisions);
        findings = List.copyOf(findings);
    }

    /** True when the run should exit 1: an error, or with {@code strict} any finding. */
    public boolean fails(boolean strict) {
        return findings.stream().anyMatch(f -> strict || f.severity() == Finding.Severity.ERROR);
    }
}
