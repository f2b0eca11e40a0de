package dev.retort.doctor;

import java.nio.file.Path;
import java.util.List;

/**
 * What doctor found in {@code versions}: the findings (sorted by file and line, database-only
 * findings last), how many revision files it read, and with --fix the repair.
 */
public record DoctorReport(Path versions, int files, List<Finding> findings, String database, Repair repair) {
    public DoctorReport {
        findings = List.copyOf(findings);
    }

    public boolean clean() {
        return findings.isEmpty();
    }

    /** The findings that remain: after a written repair, those it could not fix; otherwise all. */
    public List<Finding> outstanding() {
        return repair != null && repair.written() ? repair.remaining() : findings;
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
