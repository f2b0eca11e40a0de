package dev.retort.doctor;

import dev.retort.RetortException;
import dev.retort.script.Format;
import dev.retort.script.VersionFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the revision files that {@link VersionFolders} finds, as doctor sees them. */
final class ScriptFiles {
    private ScriptFiles() {}

    static List<ScriptFile> load(Path versions) {
        return load(List.of(versions));
    }

    static List<ScriptFile> load(List<Path> folders) {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw RetortException.usage(folder + ": no such directory",
                        "name the folder that holds the revision files, e.g. migrations/versions");
            }
        }
        List<Path> paths = VersionFolders.walk(folders);
        // Reading and parsing are independent per file; spread them over the cores.
        return paths.parallelStream().map(ScriptFiles::read).toList();
    }

    static boolean isRevisionFile(Path root, Path p) {
        if (!VersionFolders.isRevisionName(p.getFileName().toString())) {
            return false;
        }
        for (Path part : root.relativize(p)) {
            String s = part.toString();
            if (s.startsWith(".") || s.equals("__pycache__")) {
                return false;
            }
        }
        return Files.isRegularFile(p);
    }

    /** A file that cannot be read (FIFO, device, too large, no permission) becomes an unreadable finding. */
    private static ScriptFile read(Path p) {
        Format format = Format.ofFileName(p.getFileName().toString());
        try {
            VersionFolders.checkReadable(p);
            return ScriptFile.of(p, format, Files.readAllBytes(p));
        } catch (RetortException e) {
            return new ScriptFile(p, format, new byte[0], "", false, null, e);
        } catch (IOException e) {
            return new ScriptFile(p, format, new byte[0], "", false, null,
                    RetortException.usage(p + ":1: cannot read (" + e.getMessage() + ")", "check the file's permissions"));
        }
    }
}
