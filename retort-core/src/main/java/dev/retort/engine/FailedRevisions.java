package dev.retort.engine;

import dev.retort.Direction;
import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The two ways out of a revision that broke half way where DDL commits statement by statement
 * (MySQL/MariaDB, H2, {@code Transaction: none}): the user undoes what it committed and runs
 * {@code retort repair}, or finishes the rest by hand and runs {@code retort repair --finished}.
 * One place words them, so every message names both.
 */
public final class FailedRevisions {
    private FailedRevisions() {}

    /** The hint for a revision marked failed in {@code direction}. */
    public static String hint(String id, Direction direction) {
        return direction == Direction.DOWNGRADE
                ? "either redo what its downgrade already reverted and run 'retort repair' (it stays applied), or finish "
                        + "the downgrade by hand and run 'retort repair --finished " + id + "' (recorded as reverted)"
                : "either undo what it committed and run 'retort repair' (recorded as not applied), or finish the rest "
                        + "by hand and run 'retort repair --finished " + id + "' (recorded as applied)";
    }

    /** The failed rows named by {@code finished} (ids or unique prefixes); a name matching none is bad input. */
    static Set<String> resolveFinished(List<AppliedRevision> rows, List<String> finished) {
        Set<String> out = new LinkedHashSet<>();
        List<String> failed = rows.stream().filter(AppliedRevision::isFailed).map(AppliedRevision::id).toList();
        for (String name : finished) {
            List<String> matches = failed.contains(name) ? List.of(name)
                    : failed.stream().filter(id -> id.startsWith(name)).toList();
            if (matches.size() != 1) {
                List<String> shown = new ArrayList<>(failed);
                throw RetortException.usage("--finished " + name + ": " + (matches.isEmpty()
                                ? "no revision of that id is marked failed" : "the prefix names several failed revisions"),
                        shown.isEmpty() ? "nothing is marked failed: there is nothing to finish"
                                : "name one of the failed revisions: " + String.join(", ", shown));
            }
            out.add(matches.get(0));
        }
        return out;
    }
}
