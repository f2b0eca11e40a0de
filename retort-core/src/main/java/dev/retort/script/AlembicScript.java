package dev.retort.script;

import java.util.List;

/**
 * What {@link AlembicReader} found in one Alembic script, with the exact character positions of
 * every value, so that a repair can rewrite those characters and keep all others byte for byte.
 * Offsets index the content string the reader was given (a BOM, if any, is character 0).
 *
 * @param revisionId    the {@code revision = '...'} assignment
 * @param downRevision  the {@code down_revision = ...} assignment
 * @param branchLabels  the {@code branch_labels} assignment, or null when absent
 * @param dependsOn     the {@code depends_on} assignment, or null when absent
 * @param docRevisionId the docstring's {@code Revision ID:} line, or null
 * @param docRevises    the docstring's {@code Revises:} line, or null
 * @param upgrade       {@code def upgrade}, or null when absent
 * @param downgrade     {@code def downgrade}, or null when absent
 */
public record AlembicScript(
        Revision revision,
        Assignment revisionId,
        Assignment downRevision,
        Assignment branchLabels,
        Assignment dependsOn,
        DocLine docRevisionId,
        DocLine docRevises,
        Function upgrade,
        Function downgrade) {

    /** A string literal; {@code start..end} is the text between its quotes. */
    public record Literal(int start, int end, char quote, String value) {}

    /**
     * A module-level assignment. {@code valueStart..valueEnd} spans the whole value expression
     * ({@code None}, one string, or a bracketed or bare tuple); {@code bracket} is '(' or '[' or
     * 0 when the value has none.
     */
    public record Assignment(int line, int valueStart, int valueEnd, char bracket, List<Literal> literals) {
        public Assignment {
            literals = List.copyOf(literals);
        }

        public List<String> values() {
            return literals.stream().map(Literal::value).toList();
        }
    }

    /**
     * A {@code Key: value} line of the module docstring. {@code keyEnd} is just after the colon;
     * {@code valueStart..valueEnd} is the trimmed value (empty when there is none).
     */
    public record DocLine(int line, int keyEnd, int valueStart, int valueEnd, String value) {
        /** The comma-separated ids of a {@code Revises:} line; "None" counts as none. */
        public List<String> ids() {
            if (value.isBlank() || value.equals("None")) {
                return List.of();
            }
            return java.util.Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** A module-level function; {@code empty} when its body is only pass, ..., docstrings and comments. */
    public record Function(int line, boolean empty) {}

    /** True when the script has no downgrade, or one that does nothing. */
    public boolean downgradeEmpty() {
        return downgrade == null || downgrade.empty();
    }

    public boolean upgradeEmpty() {
        return upgrade == null || upgrade.empty();
    }
}
