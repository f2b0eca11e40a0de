package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.ScriptFile;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A revision whose upgrade does something but whose downgrade does nothing. An upgrade that does
 * nothing itself (a merge, or a guard that returns before any work) needs no downgrade.
 */
public final class EmptyDowngradeCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("empty-downgrade");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        for (ScriptFile f : a.revisions) {
            if (f.text().downgradeMissing() && f.text().upgradeDoesWork()) {
                boolean written = f.revision().source().lines().containsKey("downgrade");
                String key = written ? "downgrade" : "revision";
                out.add(Diagnosis.of(finding("empty-downgrade", Severity.WARNING, f, key,
                        f.text().upgradeWork() + " but " + (written ? "the downgrade does nothing" : "the file has no downgrade"),
                        why(f, written),
                        "none automatic: write the downgrade, or make it raise an error if the change cannot be undone")));
            }
        }
        return out;
    }

    /** A missing downgrade() and an empty one fail differently; say which. */
    private static String why(ScriptFile f, boolean written) {
        if (f.format() == dev.retort.script.Format.ALEMBIC) {
            return written
                    ? "`alembic downgrade` past this revision passes silently and leaves its changes in place"
                    : "`alembic downgrade` past this revision stops with an AttributeError (the module has no downgrade()),"
                    + " so no database can step back across it";
        }
        return "`downgrade` past this revision reports success and leaves its changes in place, and `verify` cannot prove it reverses";
    }
}
