package dev.retort.lint;

import dev.retort.dialect.sql.SqlStatement;
import dev.retort.script.RevisionHeader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One revision as lint reads it, whatever its format: the steps of its upgrade, the state of its
 * downgrade, whether it runs outside a transaction, and the findings its author allowed.
 *
 * @param unanalyzed why lint could not see all of the upgrade (a Java revision that failed while
 *     recording), or null
 * @param columns    line to the column (1-based) of what a finding on that line points at, where
 *     the reader knows it (the call of an Alembic operation)
 * @param executed   the raw SQL a Java revision's {@code execute} runs on every database, each at the line of its call
 */
public record RevisionSteps(RevisionHeader revision, Path file, List<Step> upgrade, Downgrade downgrade, boolean outsideTransaction,
        List<Allowance> allowances, String unanalyzed, int unanalyzedLine, Map<Integer, Integer> columns,
        List<SqlStatement> executed) {

    public RevisionSteps {
        upgrade = List.copyOf(upgrade);
        allowances = List.copyOf(allowances);
        columns = Map.copyOf(columns);
        executed = List.copyOf(executed);
    }

    public RevisionSteps(RevisionHeader revision, Path file, List<Step> upgrade, Downgrade downgrade, boolean outsideTransaction,
            List<Allowance> allowances, String unanalyzed, int unanalyzedLine, Map<Integer, Integer> columns) {
        this(revision, file, upgrade, downgrade, outsideTransaction, allowances, unanalyzed, unanalyzedLine, columns, List.of());
    }

    public RevisionSteps(RevisionHeader revision, Path file, List<Step> upgrade, Downgrade downgrade, boolean outsideTransaction,
            List<Allowance> allowances, String unanalyzed, int unanalyzedLine) {
        this(revision, file, upgrade, downgrade, outsideTransaction, allowances, unanalyzed, unanalyzedLine, Map.of());
    }

    /**
     * The downgrade: written, empty (a section or method that does nothing), or missing; {@code line} to point at.
     * {@code irreversibleLine}: a Java revision's downgrade is missing because it cannot be derived, and the
     * upgrade's first operation without a reverse is on that line (0 otherwise).
     */
    public record Downgrade(State state, int line, String detail, int irreversibleLine) {
        public enum State { PRESENT, EMPTY, MISSING }

        public Downgrade(State state, int line, String detail) {
            this(state, line, detail, 0);
        }

        public static Downgrade present() {
            return new Downgrade(State.PRESENT, 0, "");
        }
    }

    /**
     * {@code -- retort:allow CODE reason}, {@code @Allow(value = "CODE", reason = "...")} or
     * {@code # retort: allow CODE reason}; it silences findings on lines {@code from..to}, or in
     * the whole revision when {@code from} is 0.
     */
    public record Allowance(String code, String reason, int line, int from, int to) {
        public Allowance(String code, String reason, int line) {
            this(code, reason, line, 0, 0);
        }

        public boolean covers(int findingLine) {
            return from == 0 || (findingLine >= from && findingLine <= to);
        }
    }

    /** The line of the revision's header, for findings about the revision as a whole. */
    public int headerLine() {
        return revision.source() == null ? 1 : revision.source().line("revision");
    }
}
