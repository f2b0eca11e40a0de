package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.ScriptFile;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** Two files claim one id: only one of them can be in the graph. */
public final class DuplicateIdCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("duplicate-id");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        a.definers.forEach((id, files) -> {
            ScriptFile first = files.get(0);
            for (ScriptFile f : files.subList(1, files.size())) {
                out.add(Diagnosis.of(finding("duplicate-id", Severity.ERROR, f, "revision",
                        "revision id '" + id + "' is declared by both " + first.path() + ":" + first.line("revision")
                                + " and " + f.path() + ":" + f.line("revision"),
                        "revisions are found by id, so one of the two files is silently ignored: its changes never run, or run under the other's name",
                        "none automatic: give one of them a new id and point its children at it")));
            }
        });
        return out;
    }
}
