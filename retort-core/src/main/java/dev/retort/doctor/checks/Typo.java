package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.ScriptFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A mistyped revision id: the file {@code 0f194a275afa_x.py} declares {@code revision =
 * '0f194a275afb'} while its children say {@code down_revision = '0f194a275afa'}. The file name
 * and every child agree on a spelling a character or two away, so the one wrong place is the revision variable: fix it there, instead
 * of renaming the file after the typo and re-pointing every child.
 */
final class Typo {
    private Typo() {}

    /** For each file whose id is the odd one out, the id its name and its children use. */
    static Map<String, String> mistypedIds(Analysis a) {
        Map<String, String> out = new HashMap<>();
        Map<String, Boolean> missing = new HashMap<>();
        for (ScriptFile f : a.revisions) {
            for (String p : f.revision().revises()) {
                if (!a.byId.containsKey(p) && !a.hidden.contains(p)) {
                    missing.put(p, true);
                }
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        java.util.Set<String> depended = new java.util.HashSet<>();
        a.revisions.forEach(f -> depended.addAll(f.revision().dependsOn()));
        for (ScriptFile f : a.revisions) {
            if (f.stem().contains(f.id()) || !a.children(f.id()).isEmpty() || depended.contains(f.id())
                    || f.text().setId(f.id()) == null) {
                continue;
            }
            String meant = null;
            for (String p : missing.keySet()) {
                if (containsToken(f.stem(), p) && (meant == null || p.length() > meant.length())) {
                    meant = p;
                }
            }
            // A typo is a slip of a character or two; a wholly different name is the file name
            // used as the id (DESIGN §7's first case), which is fixed in the children instead.
            int limit = Math.max(1, Math.min(3, f.id().length() / 4));
            if (meant != null && a.definers.getOrDefault(meant, List.of()).isEmpty()
                    && Resolver.distance(meant, f.id(), limit) <= limit) {
                out.put(f.id(), meant);
            }
        }
        return out;
    }

    /** {@code token} appears in {@code stem} between underscores (or at either end). */
    static boolean containsToken(String stem, String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = stem.indexOf(token); i >= 0; i = stem.indexOf(token, i + 1)) {
            int end = i + token.length();
            if ((i == 0 || stem.charAt(i - 1) == '_') && (end == stem.length() || stem.charAt(end) == '_')) {
                return true;
            }
        }
        return false;
    }
}
