package dev.retort.doctor.repair;

import dev.retort.doctor.ScriptFile;
import dev.retort.doctor.text.TextEdit;
import dev.retort.script.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The versions folder as a repair has changed it so far, in memory only. */
final class Workspace {
    private static final class Entry {
        final ScriptFile original;
        final int order;
        ScriptFile current;
        String createdContent;

        Entry(ScriptFile original, ScriptFile current, int order) {
            this.original = original;
            this.current = current;
            this.order = order;
        }
    }

    private final Map<Path, Entry> entries = new LinkedHashMap<>();

    Workspace(List<ScriptFile> files) {
        for (ScriptFile f : files) {
            entries.put(f.path(), new Entry(f, f, entries.size()));
        }
    }

    /** The files in the walk's order (Alembic's load order); a renamed file keeps its place, new ones come last. */
    List<ScriptFile> files() {
        List<Entry> live = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.current != null) {
                live.add(e);
            }
        }
        live.sort(Comparator.comparingInt(e -> e.order));
        return live.stream().map(e -> e.current).toList();
    }

    ScriptFile get(Path path) {
        Entry e = entries.get(path);
        return e == null ? null : e.current;
    }

    /** True when {@code path} is taken here, or on disk by a file this workspace does not know. */
    boolean exists(Path path) {
        return entries.containsKey(path) || Files.exists(path);
    }

    /** Applies the edits; false when they change nothing. */
    boolean edit(Path path, List<TextEdit> edits) {
        Entry e = entries.get(path);
        String next = TextEdit.apply(e.current.content(), edits);
        if (next.equals(e.current.content())) {
            return false;
        }
        e.current = ScriptFile.edited(path, e.current.format(), next);
        if (e.original == null) {
            e.createdContent = next;
        }
        return true;
    }

    void rename(Path from, Path to) {
        Entry e = entries.remove(from);
        e.current = e.current.movedTo(to);
        entries.put(to, e);
    }

    void create(Path path, String content) {
        Entry e = new Entry(null, ScriptFile.edited(path, Format.ofFileName(path.getFileName().toString()), content), Integer.MAX_VALUE);
        e.createdContent = content;
        entries.put(path, e);
    }

    List<FileChange> changes() {
        List<FileChange> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.original == null) {
                out.add(new FileChange(null, e.current.path(), null, e.current.content()));
            } else if (!e.original.path().equals(e.current.path()) || !e.original.content().equals(e.current.content())) {
                out.add(new FileChange(e.original.path(), e.current.path(), e.original.content(), e.current.content()));
            }
        }
        out.sort(Comparator.comparing(c -> c.to().toString()));
        return out;
    }
}
