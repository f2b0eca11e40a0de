package dev.retort.schema;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
        if (!include.isEmpty() && include.stream().noneMatch(p -> matches(p, table))) {
            return false;
        }
        return exclude.stream().noneMatch(p -> matches(p, table));
    }

    static boolean matches(String glob, String name) {
        StringBuilder regex = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            switch (ch) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return name.matches(regex.toString());
    }
}
