package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.ScriptFile;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** The graph loops: no order can run it. */
public final class CycleCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("cycle");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        for (List<String> loop : a.cycles) {
            ScriptFile f = a.byId.get(loop.get(0));
            out.add(Diagnosis.of(finding("cycle", Severity.ERROR, f, "revises",
                    "revisions form a loop: " + String.join(" -> ", loop),
                    "each revision must run after its parents, and in a loop every one waits for another; each arrow reads 'revises'",
                    "none automatic: decide which revision came first and make it revise something outside the loop")));
        }
        return out;
    }
}
