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
        RevisionHeader revision,
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
        /**
         * The comma-separated ids of a {@code Revises:} line; "None" counts as none. Older Alembic
         * wrote a merge's parents as a Python tuple, {@code ('a', 'b')}: the same two ids.
         */
        public List<String> ids() {
            String v = value.strip();
            if (v.length() >= 2 && (v.startsWith("(") && v.endsWith(")") || v.startsWith("[") && v.endsWith("]"))) {
                v = v.substring(1, v.length() - 1);
            }
            if (v.isBlank() || v.equals("None")) {
                return List.of();
            }
            return java.util.Arrays.stream(v.split(",")).map(AlembicScript::unquote).filter(s -> !s.isEmpty()).toList();
        }
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.charAt(0) == '\'' || t.charAt(0) == '"') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /**
     * A module-level function; {@code empty} when its body does nothing: only pass, ...,
     * docstrings, comments, {@code return}, and the headers of if/try/with blocks around them
     * (a guard like {@code if not should_run(): return}). {@code work} says what the body does.
     */
    public record Function(int line, boolean empty, Work work) {
        public Function(int line, boolean empty) {
            this(line, empty, empty ? Work.NOTHING : Work.OTHER);
        }
    }

    /**
     * What a function body does, as far as reading it can tell: schema operations (op.* calls,
     * op.execute with DDL), only data changes (op.execute / execute with UPDATE, INSERT, DELETE,
     * op.bulk_insert), other code, or nothing.
     */
    public enum Work {
        NOTHING, DATA, OTHER, SCHEMA;

        /** The stronger of two: schema over other over data over nothing. */
        Work and(Work w) {
            return w.ordinal() > ordinal() ? w : this;
        }
    }

    /** True when the script has no downgrade, or one that does nothing. */
    public boolean downgradeEmpty() {
        return downgrade == null || downgrade.empty();
    }

    public boolean upgradeEmpty() {
        return upgrade == null || upgrade.empty();
    }
}
