package dev.retort.engine;

import dev.retort.script.RevisionHeader;
import dev.retort.script.TransactionMode;

/**
 * A revision ready to run: its metadata, the SQL of both directions with the line each starts on
 * in the file (or, for a Java revision, its {@link JavaBody}), its transaction mode, and the
 * checksum of its file ({@link Checksums}). The script readers build these; the engine only
 * runs them.
 */
public record RevisionScript(
        RevisionHeader revision,
        String upgradeSql,
        int upgradeLine,
        String downgradeSql,
        int downgradeLine,
        TransactionMode mode,
        String checksum,
        JavaBody java) {

    public RevisionScript {
        upgradeSql = upgradeSql == null ? "" : upgradeSql;
        downgradeSql = downgradeSql == null ? "" : downgradeSql;
        mode = mode == null ? TransactionMode.PER_REVISION : mode;
    }

    /** A SQL revision. */
    public RevisionScript(RevisionHeader revision, String upgradeSql, int upgradeLine, String downgradeSql, int downgradeLine,
            TransactionMode mode, String checksum) {
        this(revision, upgradeSql, upgradeLine, downgradeSql, downgradeLine, mode, checksum, null);
    }

    /** A Java revision: its code runs instead of SQL text; {@code fileBytes} are those of its .java file. */
    public static RevisionScript ofJava(RevisionHeader revision, JavaBody body, TransactionMode mode, byte[] fileBytes) {
        return new RevisionScript(revision, "", 1, "", 1, mode, Checksums.of(fileBytes), body);
    }

    public static RevisionScript of(RevisionHeader revision, String upgradeSql, int upgradeLine, String downgradeSql,
            int downgradeLine, TransactionMode mode, byte[] fileBytes) {
        return new RevisionScript(revision, upgradeSql, upgradeLine, downgradeSql, downgradeLine, mode,
                Checksums.of(fileBytes));
    }

    public String id() {
        return revision.id();
    }

    /** The file for messages, or the id for revisions that have none. */
    public String file() {
        return revision.source() == null ? revision.id() : revision.source().path().toString();
    }
}
