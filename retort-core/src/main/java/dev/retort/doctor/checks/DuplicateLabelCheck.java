package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.ScriptFile;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Branch labels share one namespace with each other and with revision ids. */
public final class DuplicateLabelCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("duplicate-label");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        Map<String, ScriptFile> first = new HashMap<>();
        for (ScriptFile f : a.revisions) {
            for (String label : f.revision().branchLabels()) {
                ScriptFile owner = first.putIfAbsent(label, f);
                String clash = null;
                if (owner != null && owner != f) {
                    clash = "is also a branch label of " + a.describe(owner.id());
                } else if (a.byId.containsKey(label)) {
                    clash = "is also the id of revision " + a.describe(label);
                }
                if (clash != null) {
                    out.add(Diagnosis.of(finding("duplicate-label", Severity.ERROR, f, "branch_labels",
                            "branch label '" + label + "' " + clash,
                            "a label must name one branch; Alembic refuses the whole graph ('Branch name already used')",
                            "none automatic: rename one of the labels, and every depends_on or label@ reference to it")));
                }
            }
        }
        return out;
    }
}
