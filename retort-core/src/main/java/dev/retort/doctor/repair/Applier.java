package dev.retort.doctor.repair;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a repair. First checks that no file changed on disk since it was read and that no
 * target exists, so a refusal leaves everything untouched; then replaces each file through a
 * temporary file and an atomic rename, keeping its permissions.
 */
public final class Applier {
    private Applier() {}

    public static void write(List<FileChange> changes, Map<Path, byte[]> read) {
        for (FileChange c : changes) {
            if (!c.created()) {
                byte[] now;
                try {
                    now = Files.readAllBytes(c.from());
                } catch (IOException e) {
                    throw stale(c.from());
                }
                if (!Arrays.equals(now, read.get(c.from()))) {
                    throw stale(c.from());
                }
            }
            if ((c.created() || c.renamed()) && Files.exists(c.to())) {
                throw RetortException.usage(c.to() + ":1: already exists, so the repair cannot write it",
                        "move that file away, or rename it by hand, then run doctor --fix --apply again");
            }
        }
        for (FileChange c : changes) {
            try {
                writeOne(c);
            } catch (IOException e) {
                throw new RetortException(RetortException.Kind.FAILED, c.to() + ": cannot write (" + e.getMessage() + ")",
                        "check the folder's permissions; files listed before this one were already written", e);
            }
        }
    }

    private static RetortException stale(Path p) {
        return RetortException.usage(p + ":1: changed on disk while doctor was running; nothing was written",
                "run retort doctor --fix again to see the repair for the current files");
    }

    private static void writeOne(FileChange c) throws IOException {
        if (!c.edited()) {
            move(c.from(), c.to(), false);
            return;
        }
        Path tmp = c.to().resolveSibling("." + c.to().getFileName() + ".retort-tmp");
        Files.write(tmp, c.after().getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        if (!c.created()) {
            try {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(c.from()));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the new file keeps the default permissions
            }
        }
        move(tmp, c.to(), true);
        if (c.renamed()) {
            Files.delete(c.from());
        }
    }

    private static void move(Path from, Path to, boolean replace) throws IOException {
        try {
            if (replace) {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
    }
}
