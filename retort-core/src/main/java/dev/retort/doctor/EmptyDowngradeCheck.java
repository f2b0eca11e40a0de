package dev.retort.doctor;

import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;

/** A revision that changes the schema but cannot undo it. Merge revisions do nothing either way and pass. */
final class EmptyDowngradeCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("empty-downgrade");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        for (ScriptFile f : a.revisions) {
            if (f.text().downgradeMissing() && f.text().upgradeDoesWork()) {
                String key = f.revision().source().lines().containsKey("downgrade") ? "downgrade" : "revision";
                out.add(Diagnosis.of(finding("empty-downgrade", Severity.WARNING, f, key,
                        "the upgrade changes the schema but the downgrade " + (key.equals("downgrade") ? "is empty" : "is missing"),
                        "`downgrade` past this revision reports success and leaves its changes in place, and `verify` cannot prove it reverses",
                        "none automatic: write the downgrade, or make it raise an error if the change cannot be undone")));
            }
        }
        return out;
    }
}
