package dev.retort.script;

/**
 * A fully parsed SQL revision file: its header and its two sections, for the engine. A section's
 * {@code sql} is the text between its marker line and the next marker (lines joined with LF), and
 * {@code startLine} is the 1-based file line of that text's first line, so statement lines can
 * be reported as {@code startLine + newlines before the statement}.
 */
public record SqlScript(RevisionHeader revision, TransactionMode transaction, Section upgrade, Section downgrade) {

    /** One section; {@code markerLine} is 0 when the file has no such section (sql is then empty). */
    public record Section(String sql, int markerLine, int startLine) {
        public static final Section ABSENT = new Section("", 0, 0);

        public boolean isPresent() {
            return markerLine > 0;
        }

        /** True when the section holds nothing but whitespace and comments. */
        public boolean isBlank() {
            for (String line : sql.split("\n", -1)) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("--")) {
                    return false;
                }
            }
            return true;
        }
    }
}
