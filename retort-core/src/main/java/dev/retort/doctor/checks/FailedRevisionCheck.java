package dev.retort.doctor.checks;

import dev.retort.Direction;
import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.ScriptFile;
import dev.retort.engine.AppliedRevision;
import dev.retort.engine.FailedRevisions;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A revision the database stopped half way through (possible where DDL is not transactional:
 * MariaDB, H2, or {@code Transaction: none}): upgrade refuses to run until it is repaired.
 */
public final class FailedRevisionCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("failed-revision");
    }

    @Override
    public boolean textOnly() {
        return false;
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        for (AppliedRevision row : a.request.failed()) {
            String direction = row.failed() == Direction.DOWNGRADE ? "downgrade" : "upgrade";
            String at = row.failedStatement() == null ? " (interrupted)"
                    : " at statement " + row.failedStatement() + (row.failedSql() == null ? "" : ": " + oneLine(row.failedSql()));
            String message = "the " + direction + " of revision '" + row.id() + "' failed half way in " + a.request.database() + at;
            String why = "the database is half way through this revision; upgrade refuses to continue";
            String fix = FailedRevisions.hint(row.id(), row.failed());
            ScriptFile f = a.byId.get(row.id());
            out.add(Diagnosis.of(f == null
                    ? new Finding("failed-revision", Severity.ERROR, null, 0, message, why, fix)
                    : finding("failed-revision", Severity.ERROR, f,
                            f.revision().source().lines().containsKey(direction) ? direction : "revision", message, why, fix)));
        }
        return out;
    }

    private static String oneLine(String sql) {
        String s = sql.strip().replaceAll("\\s+", " ");
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
