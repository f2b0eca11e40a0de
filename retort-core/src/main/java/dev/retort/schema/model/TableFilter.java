package dev.retort.schema.model;

import java.util.List;
import java.util.Set;

/**
 * Which tables take part: those matching an include pattern (all when there are none) and no
 * exclude pattern, never the {@code always} excluded ones (Retort's own version tables).
 * Patterns are globs: {@code *} any run of characters, {@code ?} one character; case-sensitive.
 */
public record TableFilter(List<String> include, List<String> exclude, Set<String> alwaysExcluded) {
    public TableFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        alwaysExcluded = Set.copyOf(alwaysExcluded);
    }

    public static final TableFilter ALL = new TableFilter(List.of(), List.of(), Set.of());

    /** Excludes the version table, its log and (H2) its lock table. */
    public static TableFilter excludingVersionTables(List<String> include, List<String> exclude, String versionTable) {
        return new TableFilter(include, exclude, Set.of(versionTable, versionTable + "_log", versionTable + "_lock"));
    }

    public boolean accepts(String table) {
        if (alwaysExcluded.contains(table)) {
            return false;
        }
        return (include.isEmpty() || matchesAny(include, table)) && !matchesAny(exclude, table);
    }

    private static boolean matchesAny(List<String> globs, String table) {
        for (String glob : globs) {
            if (matches(glob, table)) {
                return true;
            }
        }
        return false;
    }

    /** Whole-name glob match, without a regex: reflection asks once per table and pattern. */
    static boolean matches(String glob, String name) {
        int g = 0;
        int n = 0;
        int star = -1; // the last '*' seen, and where in the name its match ends so far
        int mark = 0;
        while (n < name.length()) {
            char c = g < glob.length() ? glob.charAt(g) : 0;
            if (g < glob.length() && c == '*') {
                star = g++;
                mark = n;
            } else if (g < glob.length() && (c == '?' || c == name.charAt(n))) {
                g++;
                n++;
            } else if (star >= 0) {
                g = star + 1; // let the last '*' take one more character
                n = ++mark;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }
}
