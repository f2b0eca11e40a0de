package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.ScriptFile;
import java.util.Collection;
import java.util.List;

/**
 * Guesses which revision a dangling reference meant: another revision's file name, the id its
 * docstring copy states, or else a unique close spelling. Each guess says how it was made.
 */
final class Resolver {
    private Resolver() {}

    /**
     * A guess: the id meant, why we think so, and for a reference that names something else
     * (a file, a docstring copy) what it names, to put in the finding's first line; else null.
     */
    record Guess(String id, String reason, String names) {
        Guess(String id, String reason) {
            this(id, reason, null);
        }
    }

    static Guess resolve(String ref, ScriptFile self, Analysis a) {
        String stem = stripExtension(ref);
        Guess byName = unique(a.byStem.getOrDefault(stem, List.of()), self,
                f -> "'" + ref + "' is the file name of revision '" + f.id() + "' (" + f.path().getFileName() + "), not its id",
                f -> "the file name of revision '" + f.id() + "'");
        if (byName != null) {
            return byName;
        }
        Guess byCopy = unique(a.byCopiedId.getOrDefault(ref, List.of()), self,
                f -> "'" + ref + "' is what the docstring of " + f.path().getFileName() + " calls it, but its code says revision = '" + f.id() + "'",
                f -> "the docstring's id of revision '" + f.id() + "'");
        if (byCopy != null) {
            return byCopy;
        }
        String close = closest(ref, a.byId.keySet(), self == null ? null : self.id());
        return close == null ? null : new Guess(close, "'" + ref + "' is no revision id; the closest is '" + close + "' (" + a.byId.get(close).path().getFileName() + ")");
    }

    private static Guess unique(List<ScriptFile> files, ScriptFile self, java.util.function.Function<ScriptFile, String> why,
                                java.util.function.Function<ScriptFile, String> names) {
        List<ScriptFile> others = files.stream().filter(f -> f != self && f.readable()).toList();
        if (others.size() != 1) {
            return null;
        }
        return new Guess(others.get(0).id(), why.apply(others.get(0)), names.apply(others.get(0)));
    }

    private static String stripExtension(String ref) {
        for (String ext : List.of(".py", ".sql", ".java")) {
            if (ref.endsWith(ext)) {
                return ref.substring(0, ref.length() - ext.length());
            }
        }
        return ref;
    }

    /** The one candidate within a small edit distance of {@code ref}, or null when none or several tie. */
    static String closest(String ref, Collection<String> candidates, String exclude) {
        int limit = Math.max(1, Math.min(3, ref.length() / 4));
        String best = null;
        int bestDistance = limit + 1;
        boolean tie = false;
        for (String c : candidates) {
            if (c.equals(exclude)) {
                continue;
            }
            int d = distance(ref, c, Math.min(limit, bestDistance));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && d <= limit) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit + 1);
    }
}
