package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.ScriptFile;
import dev.retort.report.Severity;
import dev.retort.script.RevisionIds;
import java.util.ArrayList;
import java.util.List;

/**
 * An id or branch label that Retort's identifier syntax would misread ('head', 'a@b', '.x',
 * ...): no command could name it, and the graph commands refuse the project until it is renamed.
 */
public final class ReservedIdCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("reserved-id");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        for (ScriptFile f : a.files) {
            if (!f.readable()) {
                continue;
            }
            String bad = RevisionIds.misread(f.id(), false);
            if (bad != null) {
                out.add(Diagnosis.of(finding("reserved-id", Severity.ERROR, f, "revision", bad,
                        "identifiers such as head, label@rev, from:to and rev+1 would read it as something else, "
                                + "and the graph commands refuse the project",
                        "rename the revision (and the revises lines that name it) to letters, digits, '_' and '.'")));
            }
            for (String label : f.revision().branchLabels()) {
                String badLabel = RevisionIds.misread(label, true);
                if (badLabel != null) {
                    out.add(Diagnosis.of(finding("reserved-id", Severity.ERROR, f, "branch_labels", badLabel,
                            "label@head and similar identifiers would read it as something else, and the graph "
                                    + "commands refuse the project",
                            "rename the label to letters, digits, '_', '.' and '-'")));
                }
            }
        }
        return out;
    }
}
