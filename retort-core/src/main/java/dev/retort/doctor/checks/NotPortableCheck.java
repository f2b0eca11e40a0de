package dev.retort.doctor.checks;

import dev.retort.RetortException;
import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.ScriptFile;
import dev.retort.engine.PortableSql;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import dev.retort.script.Format;
import dev.retort.script.SqlRevisionReader;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL revisions with statements that a database the project lists ([retort] dialects) will
 * refuse: the finding lint reports as an error, here a warning, because doctor judges the chain
 * and a revision written for one database still forms a sound one (hooks and CI that run doctor
 * keep passing; {@code --strict} or lint make it fail).
 */
public final class NotPortableCheck implements Check {
    static final String CODE = "not-portable";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        PortableSql.Targets targets = a.request.portable();
        if (!targets.active()) {
            return out;
        }
        for (ScriptFile f : a.revisions) {
            if (f.format() != Format.SQL) {
                continue;
            }
            List<PortableSql.Problem> problems;
            try {
                problems = PortableSql.check(SqlRevisionReader.parse(f.path(), f.content()), targets);
            } catch (RetortException unreadable) {
                continue; // the unreadable check reports it
            }
            for (PortableSql.Problem p : problems) {
                String section = "'-- +" + p.direction() + " " + p.database().name() + "'";
                out.add(Diagnosis.of(new Finding(CODE, Severity.WARNING, f.path(), p.line(),
                        "the " + p.direction() + " will fail on " + p.database().name() + ": " + p.what() + " (" + p.text() + ")",
                        p.reason(),
                        p.generic() ? "none automatic: write SQL every listed database accepts, give " + p.database().name()
                                + " a section of its own (" + section + "), or write the revision in the Java DSL; "
                                + "`retort lint` reports the same as errors"
                                : "none automatic: correct the statement in the " + section + " section")));
            }
        }
        return out;
    }
}
