package dev.retort.doctor.report;

import dev.retort.doctor.repair.Repair;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import dev.retort.report.Silenced;
import java.nio.file.Path;
import java.util.List;

/**
 * What doctor found in {@code versions}: the findings (sorted by file and line, database-only
 * findings last), how many revision files it read, the database's state when one was given
 * (else null), and with --fix the repair. {@code silenced} are the findings the project allowed
 * on purpose (in the file or in retort.toml), with the reason; they never fail a run.
 */
public record DoctorReport(Path versions, int files, List<Finding> findings, List<Silenced> silenced,
                           Database database, Repair repair) {
    public DoctorReport {
        findings = List.copyOf(findings);
        silenced = List.copyOf(silenced);
    }

    /**
     * The database doctor was given: its name, the revisions it is at (applied ones that no
     * applied revision revises) and how many revisions it has applied in all.
     */
    public record Database(String name, List<String> at, int applied) {
        public Database {
            at = List.copyOf(at);
        }
    }

    public boolean clean() {
        return findings.isEmpty();
    }

    /** The findings that remain: after a written repair, those it could not fix; otherwise all. */
    public List<Finding> outstanding() {
        return repair != null && repair.written() ? repair.remaining() : findings;
    }

    /**
     * True when the run should exit 1: an outstanding error, or with {@code strict} any
     * outstanding finding. Warnings alone (header drift, an empty downgrade, ...) pass.
     */
    public boolean fails(boolean strict) {
        return outstanding().stream().anyMatch(f -> strict || f.severity() == Severity.ERROR);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
