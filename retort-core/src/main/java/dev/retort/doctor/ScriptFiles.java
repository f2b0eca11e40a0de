package dev.retort.doctor;

import dev.retort.RetortException;
import dev.retort.script.Format;
import dev.retort.script.VersionFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the revision files that {@link VersionFolders} finds, as doctor sees them. */
public final class ScriptFiles {
    private ScriptFiles() {}

    static List<ScriptFile> load(Path versions) {
        return load(List.of(versions));
    }

    public static List<ScriptFile> load(List<Path> folders) {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw RetortException.usage(folder + ": no such directory",
                        "name the folder that holds the revision files, e.g. migrations/versions");
            }
        }
        List<Path> paths = VersionFolders.walk(folders);
        // Reading and parsing are independent per file; spread them over the cores.
        return paths.parallelStream().map(ScriptFiles::read).filter(f -> !notARevision(f)).toList();
    }

    private static final java.util.regex.Pattern PY_REVISION =
            java.util.regex.Pattern.compile("(?m)^(down_)?revision\\s*(:[^=\\n]*)?=");

    /**
     * Code that only sits beside the revisions: an Alembic project's env.py, or any module that
     * declares no revision at all, when doctor is pointed at a project's root. Inside a folder
     * named versions Alembic itself would fail on such a file, so there it stays and is reported.
     */
    private static boolean notARevision(ScriptFile f) {
        if (f.readable()) {
            return false;
        }
        try {
            VersionFolders.checkReadable(f.path());
        } catch (RetortException e) {
            return false; // a FIFO, device or huge file stays a finding wherever it is
        }
        Path parent = f.path().getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("versions")) {
            return false;
        }
        return switch (f.format()) {
            case ALEMBIC -> !PY_REVISION.matcher(f.content()).find();
            case JAVA -> !f.content().contains("@Revision");
            case SQL -> false;
        };
    }

    public static boolean isRevisionFile(Path root, Path p) {
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
