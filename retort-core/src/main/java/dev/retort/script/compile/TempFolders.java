package dev.retort.script.compile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The compiler's temporary folders under {@code .retort/classes}: {@code .tmp-<pid>-<uuid>}. A
 * compile that is killed leaves its folder behind; the next compile deletes the folders whose
 * process no longer runs, and any older than an hour (a pid can be reused; a compile takes
 * seconds), so that the cache does not fill with orphans.
 */
final class TempFolders {
    static final String PREFIX = ".tmp-";
    private static final Duration ORPHANED_AFTER = Duration.ofHours(1);

    private TempFolders() {}

    static String newName() {
        return PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    }

    /** Deletes the orphaned temporary folders in {@code cacheRoot}; never fails the compile. */
    static void sweep(Path cacheRoot) {
        Instant cutoff = Instant.now().minus(ORPHANED_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(cacheRoot, PREFIX + "*")) {
            for (Path p : entries) {
                if (orphaned(p, cutoff)) {
                    RevisionCompiler.deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // leftovers cost disk space, not correctness
        }
    }

    private static boolean orphaned(Path folder, Instant cutoff) throws IOException {
        FileTime modified = Files.getLastModifiedTime(folder);
        if (modified.toInstant().isBefore(cutoff)) {
            return true;
        }
        String rest = folder.getFileName().toString().substring(PREFIX.length());
        int dash = rest.indexOf('-');
        if (dash <= 0) {
            return false; // an older Retort's name: only its age tells
        }
        try {
            long pid = Long.parseLong(rest.substring(0, dash));
            return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
