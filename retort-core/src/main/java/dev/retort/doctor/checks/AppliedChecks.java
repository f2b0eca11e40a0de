package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.ScriptFile;
import dev.retort.engine.Checksums;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The database's side: applied revisions whose file changed since, and rows no file defines. */
public final class AppliedChecks implements Check {
    @Override
    public List<String> codes() {
        return List.of("changed-after-apply", "unknown-applied");
    }

    @Override
    public boolean textOnly() {
        return false;
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        Map<String, String> applied = a.request.applied();
        if (applied == null) {
            return List.of();
        }
        String db = a.request.database();
        List<Diagnosis> out = new ArrayList<>();
        applied.forEach((id, recorded) -> {
            ScriptFile f = a.byId.get(id);
            if (f == null) {
                out.add(Diagnosis.of(new Finding("unknown-applied", Severity.ERROR, null, 0,
                        db + " has applied revision '" + id + "', which no file defines",
                        "the database is at a revision this project does not know: upgrade and downgrade cannot find"
                                + " their starting point (a deleted or renamed revision, or another branch's database)",
                        "none automatic: restore the revision file, or if it is truly gone, `retort stamp` the database"
                                + " to the revision it matches")));
            } else if (recorded != null && !recorded.isBlank()) {
                String now = Checksums.of(f.bytes());
                if (!now.equalsIgnoreCase(recorded)) {
                    out.add(Diagnosis.of(finding("changed-after-apply", Severity.ERROR, f, "revision",
                            "revision '" + id + "' changed after " + db + " applied it (recorded checksum "
                                    + recorded + ", file now " + now + ")",
                            "databases that ran the old text keep its effect; the edit only reaches new databases,"
                                    + " so environments silently drift apart",
                            "none automatic: undo the edit and put the change in a new revision;"
                                    + " if the edit is cosmetic, `retort repair --accept-checksums` records the new checksum")));
                }
            }
        });
        return out;
    }
}
