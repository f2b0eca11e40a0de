package dev.retort.script;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A fully parsed SQL revision file: its header and its sections, for the engine. A section's
 * {@code sql} is the text between its marker line and the next marker (lines joined with LF), and
 * {@code startLine} is the 1-based file line of that text's first line, so statement lines can
 * be reported as {@code startLine + newlines before the statement}.
 *
 * <p>{@code upgrade} and {@code downgrade} are the generic sections ({@code -- +upgrade}); the
 * maps hold the per-database ones ({@code -- +upgrade postgresql}), keyed by the database name as
 * written, lower-cased. Which name means which database is the dialects' business, not this
 * package's: the engine picks (see {@code engine.SqlSections}).
 */
public record SqlScript(RevisionHeader revision, TransactionMode transaction, Section upgrade, Section downgrade,
        Map<String, Section> upgrades, Map<String, Section> downgrades) {

    public SqlScript {
        upgrades = Map.copyOf(upgrades);
        downgrades = Map.copyOf(downgrades);
    }

    /** A file with generic sections only. */
    public SqlScript(RevisionHeader revision, TransactionMode transaction, Section upgrade, Section downgrade) {
        this(revision, transaction, upgrade, downgrade, Map.of(), Map.of());
    }

    /** True when the file has a section for some database. */
    public boolean hasDatabaseSections() {
        return !upgrades.isEmpty() || !downgrades.isEmpty();
    }

    /**
     * This script with one database's sections in place of the generic ones, direction by
     * direction (a file may give a database its own upgrade and share the generic downgrade);
     * {@code isDatabase} says which written names mean that database.
     */
    public SqlScript forDatabase(Predicate<String> isDatabase) {
        return new SqlScript(revision, transaction, pick(upgrades, upgrade, isDatabase), pick(downgrades, downgrade, isDatabase));
    }

    private static Section pick(Map<String, Section> sections, Section generic, Predicate<String> isDatabase) {
        return sections.entrySet().stream().filter(e -> isDatabase.test(e.getKey())).map(Map.Entry::getValue)
                .min(Comparator.comparingInt(Section::markerLine)).orElse(generic);
    }

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
