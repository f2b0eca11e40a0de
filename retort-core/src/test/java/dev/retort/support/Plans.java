package dev.retort.support;

import dev.retort.engine.Migrator;
import dev.retort.engine.RevisionScript;
import dev.retort.script.Format;
import dev.retort.script.RevisionHeader;
import dev.retort.script.Source;
import dev.retort.script.TransactionMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Linear revision chains for engine tests, standing in for the revision graph and the script
 * reader: each revision's file is its upgrade and downgrade text, so changing either changes the
 * checksum, as editing a file would.
 */
public final class Plans {
    private Plans() {}

    /** A revision whose parent is {@code parent} (null: a root). */
    public static RevisionScript script(String id, String parent, String up, String down) {
        return script(id, parent, up, down, TransactionMode.PER_REVISION);
    }

    public static RevisionScript script(String id, String parent, String up, String down, TransactionMode mode) {
        Source source = new Source(Path.of("versions", id + ".sql"), Format.SQL, Map.of());
        RevisionHeader r = new RevisionHeader(id, parent == null ? List.of() : List.of(parent), List.of(), List.of(), "", "", source);
        String file = "-- Revision ID: " + id + "\n-- +upgrade\n" + up + "\n-- +downgrade\n" + down + "\n";
        return RevisionScript.of(r, up, 3, down, 4 + up.split("\n", -1).length, mode,
                file.getBytes(StandardCharsets.UTF_8));
    }

    /** A chain: each pair {up, down} revises the one before; ids are prefix_1, prefix_2, ... */
    public static List<RevisionScript> chain(String prefix, String[]... upDown) {
        List<RevisionScript> out = new ArrayList<>();
        String parent = null;
        for (int i = 0; i < upDown.length; i++) {
            String id = prefix + "_" + (i + 1);
            out.add(script(id, parent, upDown[i][0], upDown[i][1]));
            parent = id;
        }
        return out;
    }

    /** Upgrade to the end of the chain: everything not yet applied, in order. */
    public static Migrator.Planner upgradeAll(List<RevisionScript> chain) {
        return applied -> chain.stream().filter(s -> !applied.contains(s.id())).toList();
    }

    /** Downgrade to base: everything applied, newest first. */
    public static Migrator.Planner downgradeAll(List<RevisionScript> chain) {
        return applied -> {
            List<RevisionScript> out = new ArrayList<>(chain.stream().filter(s -> applied.contains(s.id())).toList());
            java.util.Collections.reverse(out);
            return out;
        };
    }

    public static Migrator.ScriptLookup lookup(List<RevisionScript> chain) {
        return id -> chain.stream().filter(s -> s.id().equals(id)).findFirst().or(Optional::empty);
    }
}
