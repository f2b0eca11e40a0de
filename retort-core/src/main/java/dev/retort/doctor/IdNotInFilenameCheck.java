package dev.retort.doctor;

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
final class IdNotInFilenameCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("id-not-in-filename");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        for (ScriptFile f : a.files) {
            if (!f.readable() || f.stem().contains(f.id())) {
                continue;
            }
            String target = f.format() == Format.JAVA ? null : newName(f);
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
     * {@code <id>_<rest of the old name>}, Alembic's own naming, dropping a prefix the old name
     * shares with the id (20251011_restore_chat with id 20251011_chat becomes 20251011_chat_restore_chat).
     */
    static String newName(ScriptFile f) {
        String id = f.id();
        if (!id.matches("[A-Za-z0-9_.-]+") || id.startsWith(".")) {
            return null;
        }
        String stem = f.stem();
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
