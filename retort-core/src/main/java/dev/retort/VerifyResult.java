package dev.retort;

import java.util.List;

/**
 * What verify proved: whether every revision reversed cleanly (and the model matched), the
 * database it ran in, the revisions that passed (ids, in order), the failure's one-line
 * description (null when {@code ok}), whether the model matched (null: no model configured),
 * and the {@link Report} the command line prints (text or JSON; the progress lines are not in it).
 */
public record VerifyResult(boolean ok, String database, List<String> passed, String failure, Boolean model, Report report) {
    public VerifyResult {
        passed = List.copyOf(passed);
    }
}
