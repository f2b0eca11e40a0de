package dev.retort.cli;

import java.util.List;
import java.util.Locale;

/**
 * Which of picocli's suggestions for a mistyped command or option are close enough to offer.
 * picocli proposes anything that shares a few letters ('frobnicate' → init); a suggestion a user
 * would not recognise as what they meant is noise, so only near misses are kept.
 */
final class Suggestions {
    private Suggestions() {}

    /** The candidates within a typo or two of {@code typed} (or that it abbreviates), in picocli's order. */
    static List<String> close(String typed, List<String> candidates) {
        String t = bare(typed);
        return candidates.stream().filter(c -> near(t, bare(c))).distinct().toList();
    }

    private static boolean near(String typed, String candidate) {
        if (typed.isEmpty() || candidate.isEmpty()) {
            return false;
        }
        if (typed.length() >= 3 && candidate.startsWith(typed)) {
            return true;
        }
        // one edit for short words, two for longer ones: 'upgrad', 'histroy', '--jsno'
        int allowed = Math.max(typed.length(), candidate.length()) <= 4 ? 1 : 2;
        return distance(typed, candidate) <= allowed;
    }

    /** The name without leading dashes, in lower case: '--Jsn' and 'json' compare as words. */
    private static String bare(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        String name = s.substring(i);
        int eq = name.indexOf('=');
        return (eq < 0 ? name : name.substring(0, eq)).toLowerCase(Locale.ROOT);
    }

    /** Edits between a and b: insertions, deletions, substitutions and swaps of neighbours (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
