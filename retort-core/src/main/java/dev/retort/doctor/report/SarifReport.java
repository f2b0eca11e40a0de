package dev.retort.doctor.report;

import dev.retort.doctor.checks.Checks;
import dev.retort.report.Sarif;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Doctor's SARIF 2.1.0 ({@link Sarif}): one rule per doctor code, in the order the checks run.
 */
public final class SarifReport {
    /** One line per code, for the SARIF rule list; a test keeps it complete. */
    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("unreadable-revision", "A revision file cannot be read"),
            Map.entry("not-portable", "SQL that a database the project lists will refuse"),
            Map.entry("reserved-id", "A revision id or branch label that identifiers would misread (head, a@b, .x)"),
            Map.entry("duplicate-id", "Two files declare the same revision id"),
            Map.entry("missing-parent", "A revision's parent names no revision"),
            Map.entry("cycle", "The revision graph loops"),
            Map.entry("multiple-roots", "Several revisions revise nothing"),
            Map.entry("multiple-heads", "The revision graph has more than one head"),
            Map.entry("header-drift", "An Alembic docstring disagrees with the code"),
            Map.entry("id-not-in-filename", "The file name does not contain the revision id"),
            Map.entry("unknown-dependency", "depends_on names no revision or label"),
            Map.entry("unknown-label", "depends_on names no branch label"),
            Map.entry("duplicate-label", "A branch label is used twice"),
            Map.entry("empty-downgrade", "The downgrade is missing or empty"),
            Map.entry("stray-versions", "Revision files outside the configured versions folder"),
            Map.entry("changed-after-apply", "An applied revision's file changed"),
            Map.entry("unknown-applied", "The database applied a revision no file defines"),
            Map.entry("failed-revision", "The database stopped half way through a revision"));

    private SarifReport() {}

    public static void write(DoctorReport report, Path base, String toolVersion, Writer out) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (String code : Checks.codes()) {
            rules.put(code, RULES.getOrDefault(code, code));
        }
        Sarif.write(new Sarif.Tool("retort-doctor", toolVersion, rules), report.findings(), report.silenced(), base, out);
    }
}
