package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.Remedy;
import dev.retort.doctor.ScriptFile;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** An Alembic docstring that disagrees with the code below it. The code is what runs. */
public final class HeaderDriftCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("header-drift");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        for (ScriptFile f : a.files) {
            if (!f.readable()) {
                continue;
            }
            String id = f.id();
            String copiedId = f.text().copiedId();
            if (copiedId != null && !copiedId.equals(id)) {
                out.add(new Diagnosis(finding("header-drift", Severity.WARNING, f, "docstring_revision",
                        "the docstring says Revision ID: " + copiedId + " but the code says revision = '" + id + "'",
                        "Alembic runs the code and ignores the docstring, but people and review tools read the docstring,"
                                + " and a child written against it will name the wrong parent",
                        "rewrite the docstring to say Revision ID: " + id), Remedy.local(new Remedy.SyncCopies(f.path()))));
            }
            List<String> copied = f.text().copiedParents();
            List<String> parents = f.revision().revises();
            if (copied != null && !copied.equals(parents) && !new HashSet<>(copied).equals(new HashSet<>(parents))) {
                String code = parents.isEmpty() ? "None" : String.join(", ", parents);
                out.add(new Diagnosis(finding("header-drift", Severity.WARNING, f, "docstring_revises",
                        "the docstring says Revises: " + (copied.isEmpty() ? "(nothing)" : String.join(", ", copied))
                                + " but down_revision is " + code,
                        "Alembic follows down_revision and ignores the docstring, so whoever reads the docstring"
                                + " sees a different chain from the one that runs",
                        "rewrite the docstring to say Revises: " + (parents.isEmpty() ? "(nothing)" : String.join(", ", parents))),
                        Remedy.local(new Remedy.SyncCopies(f.path()))));
            }
        }
        return out;
    }
}
