package dev.retort;

import java.util.List;

/**
 * What doctor found: every finding, the {@code outstanding} ones (after a written repair, those
 * it could not fix; otherwise all), {@code notes} for the user's attention beside the report
 * (e.g. that alembic.ini's database could not be read, so only the files were checked), and the
 * {@link Report} the command line prints.
 */
public record DoctorResult(List<Finding> findings, List<Finding> outstanding, List<String> notes, Report report) {
    public DoctorResult {
        findings = List.copyOf(findings);
        outstanding = List.copyOf(outstanding);
        notes = List.copyOf(notes);
    }

    /** True when the run should exit 1: an outstanding error, or with {@code strict} any outstanding finding. */
    public boolean fails(boolean strict) {
        return outstanding.stream().anyMatch(f -> strict || f.severity() == Finding.Severity.ERROR);
    }
}
