package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.Remedy;
import dev.retort.doctor.ScriptFile;
import dev.retort.report.Severity;
import dev.retort.script.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file name that does not contain the revision id invites people to use the name as the id,
 * which is how chains break. Java revisions are reported but not renamed: the file name must
 * match the class, so both change together, by hand.
 */
public final class IdNotInFilenameCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("id-not-in-filename");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        java.util.Map<String, String> typos = Typo.mistypedIds(a);
        for (ScriptFile f : a.files) {
            if (!f.readable() || f.stem().contains(f.id())) {
                continue;
            }
            String meant = typos.get(f.id());
            if (meant != null && a.byId.get(f.id()) == f) {
                out.add(new Diagnosis(finding("id-not-in-filename", Severity.WARNING, f, "revision",
                        "the file name does not contain its revision id '" + f.id() + "' but says '" + meant + "', as its children do",
                        "the id looks mistyped, and the revisions after it name '" + meant + "'",
                        "set revision = '" + meant + "' (and the docstring); the file name stays"),
                        Remedy.local(new Remedy.SetId(f.path(), meant))));
                continue;
            }
            String target = f.format() == Format.JAVA ? null : newName(f, a.files);
            Path to = target == null ? null : f.path().resolveSibling(target);
            boolean free = to != null && !Files.exists(to);
            String why = "people and tools take the file name for the id: a child that names '" + f.stem()
                    + "' as its parent breaks the chain";
            out.add(new Diagnosis(finding("id-not-in-filename", Severity.WARNING, f, "revision",
                    "the file name does not contain its revision id '" + f.id() + "'", why,
                    free ? "rename the file to " + target
                            : "none automatic: " + (f.format() == Format.JAVA ? "rename the class and its file together, e.g. R" + f.id() + "_" + f.stem() + ".java"
                            : to == null ? "the id cannot be part of a file name" : target + " already exists")),
                    free ? Remedy.local(new Remedy.Rename(f.path(), to)) : null));
        }
        return out;
    }

    /**
     * The stem with a misspelt copy of {@code id} (a part between underscores, as long as the id
     * and within Resolver's small edit distance) replaced by the id, or null. This keeps a
     * project's own pattern, e.g. prefect's {@code 2023_09_25_121806_<id>_<slug>}.
     */
    static String replaceCloseId(String stem, String id) {
        if (id.length() < 8) {
            return null; // short ids are too close to ordinary words
        }
        int limit = Math.max(1, Math.min(3, id.length() / 4));
        for (int i = 0; i + id.length() <= stem.length(); i++) {
            int end = i + id.length();
            if ((i == 0 || stem.charAt(i - 1) == '_') && (end == stem.length() || stem.charAt(end) == '_')
                    && Resolver.distance(stem.substring(i, end), id, limit) <= limit) {
                return stem.substring(0, i) + id + stem.substring(end);
            }
        }
        return null;
    }

    /**
     * Another revision's id left in a copied name (ckan's {@code 093_7f70d7d15445_remove_...} for
     * d4d9be9189fe): the one part between underscores shaped like a hexadecimal id, as long as
     * {@code id}, replaced by it. Both must hold a letter, so dates and counters never match.
     */
    static String replaceIdShaped(String stem, String id) {
        if (!HEX_ID.matcher(id).matches()) {
            return null;
        }
        String[] parts = stem.split("_", -1);
        int found = -1;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].length() == id.length() && HEX_ID.matcher(parts[i]).matches()) {
                if (found >= 0) {
                    return null; // two candidates: not ours to choose
                }
                found = i;
            }
        }
        if (found < 0) {
            return null;
        }
        parts[found] = id;
        return String.join("_", parts);
    }

    private static final java.util.regex.Pattern HEX_ID = java.util.regex.Pattern.compile("(?=[0-9a-f]*[a-f])[0-9a-f]{8,}");

    /**
     * The parts most of the sibling files put before their ids, as a shape (digits as 9, letters
     * as a): prefect's {@code 2023_09_25_121806_} is {@code 9999_99_99_999999_}. Empty when the
     * siblings start with their ids or agree on nothing.
     */
    static String siblingPrefixShape(ScriptFile f, List<ScriptFile> files) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        int named = 0;
        for (ScriptFile o : files) {
            if (o == f || !o.readable() || !java.util.Objects.equals(o.path().getParent(), f.path().getParent())) {
                continue;
            }
            int at = o.stem().indexOf(o.id());
            if (at < 0 || at > 0 && o.stem().charAt(at - 1) != '_') {
                continue;
            }
            named++;
            counts.merge(shape(o.stem().substring(0, at)), 1, Integer::sum);
        }
        int total = named;
        return counts.entrySet().stream().filter(e -> e.getValue() * 2 > total).map(java.util.Map.Entry::getKey)
                .findFirst().orElse("");
    }

    private static String shape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(Character.isDigit(c) ? '9' : Character.isLetter(c) ? 'a' : c);
        }
        return b.toString();
    }

    /**
     * The new name: a misspelt or copied id in the name replaced; else the id inserted where the
     * siblings put theirs (after prefect's date); else {@code <id>_<rest of the old name>},
     * Alembic's own naming, dropping a prefix the old name shares with the id
     * (20251011_restore_chat with id 20251011_chat becomes 20251011_chat_restore_chat).
     */
    static String newName(ScriptFile f, List<ScriptFile> files) {
        String id = f.id();
        if (!id.matches("[A-Za-z0-9_.-]+") || id.startsWith(".")) {
            return null;
        }
        String stem = f.stem();
        String replaced = replaceCloseId(stem, id);
        if (replaced == null) {
            replaced = replaceIdShaped(stem, id);
        }
        if (replaced != null) {
            return replaced + f.format().extension();
        }
        String prefix = siblingPrefixShape(f, files);
        if (!prefix.isEmpty() && stem.length() > prefix.length() && shape(stem.substring(0, prefix.length())).equals(prefix)) {
            return stem.substring(0, prefix.length()) + id + "_" + stem.substring(prefix.length()) + f.format().extension();
        }
        int shared = 0;
        for (int i = 0; i < Math.min(stem.length(), id.length()) && stem.charAt(i) == id.charAt(i); i++) {
            if (stem.charAt(i) == '_') {
                shared = i + 1;
            }
        }
        String rest = stem.substring(shared);
        String name = rest.isEmpty() ? id : id + "_" + rest;
        return name + f.format().extension();
    }
}
