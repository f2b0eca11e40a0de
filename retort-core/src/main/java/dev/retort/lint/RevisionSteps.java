package dev.retort.lint;

import dev.retort.script.Revision;
import java.nio.file.Path;
import java.util.List;

/**
 * One revision as lint reads it, whatever its format: the steps of its upgrade, the state of its
 * downgrade, whether it runs outside a transaction, and the findings its author allowed.
 *
 * @param unanalyzed why lint could not see all of the upgrade (a Java revision that failed while
 *     recording), or null
 */
record RevisionSteps(Revision revision, Path file, List<Step> upgrade, Downgrade downgrade, boolean outsideTransaction,
        List<Allowance> allowances, String unanalyzed, int unanalyzedLine) {

    RevisionSteps {
        upgrade = List.copyOf(upgrade);
        allowances = List.copyOf(allowances);
    }

    /** The downgrade: written, empty (a section or method that does nothing), or missing; {@code line} to point at. */
    record Downgrade(State state, int line, String detail) {
        enum State { PRESENT, EMPTY, MISSING }

        static Downgrade present() {
            return new Downgrade(State.PRESENT, 0, "");
        }
    }

    /** {@code -- retort:allow CODE reason} or {@code @Allow(value = "CODE", reason = "...")}. */
    record Allowance(String code, String reason, int line) {}

    /** The line of the revision's header, for findings about the revision as a whole. */
    int headerLine() {
        return revision.source() == null ? 1 : revision.source().line("revision");
    }
}
