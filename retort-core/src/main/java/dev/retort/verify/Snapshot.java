package dev.retort.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A schema as verify compares it: per table, one line per column, key, constraint and index,
 * e.g. {@code column email varchar(200) NULL DEFAULT 'x'} or {@code index users_email (email)}.
 * Lines are kept as sets, so column order does not count: a downgrade that adds back a dropped
 * column can only add it last, and that is no fault of the downgrade.
 */
public record Snapshot(Map<String, Set<String>> tables) {
    public Snapshot {
        Map<String, Set<String>> copy = new TreeMap<>();
        tables.forEach((t, lines) -> copy.put(t, java.util.Collections.unmodifiableSet(new TreeSet<>(lines))));
        tables = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * What changed from {@code expected} to this one, table by table: {@code "table users:"},
     * then {@code "  - line"} for what is missing and {@code "  + line"} for what is extra; a
     * table that is missing or extra as a whole is one line. Empty when equal.
     */
    public List<String> diff(Snapshot expected) {
        List<String> out = new ArrayList<>();
        Set<String> names = new TreeSet<>(expected.tables.keySet());
        names.addAll(tables.keySet());
        for (String t : names) {
            Set<String> want = expected.tables.get(t);
            Set<String> got = tables.get(t);
            if (got == null) {
                out.add("- table " + t + " (missing)");
                continue;
            }
            if (want == null) {
                out.add("+ table " + t + " (left behind)");
                continue;
            }
            List<String> lines = new ArrayList<>();
            want.stream().filter(l -> !got.contains(l)).forEach(l -> lines.add("  - " + l));
            got.stream().filter(l -> !want.contains(l)).forEach(l -> lines.add("  + " + l));
            if (!lines.isEmpty()) {
                out.add("table " + t + ":");
                out.addAll(lines);
            }
        }
        return out;
    }
}
