package dev.retort.doctor;

import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.List;

/** One diagnosis of doctor. Each check owns stable codes that no other check reports. */
public interface Check {
    List<String> codes();

    List<Diagnosis> inspect(Analysis a);

    /**
     * False for checks that look beyond the revision texts (other folders, the database's
     * checksums). A repair re-runs only the others after each round of edits.
     */
    default boolean textOnly() {
        return true;
    }

    /** A finding located at a header key of a revision file. */
    default Finding finding(String code, Severity severity, ScriptFile file, String key,
                            String message, String why, String fix) {
        return new Finding(code, severity, file.path(), file.line(key), message, why, fix);
    }
}
