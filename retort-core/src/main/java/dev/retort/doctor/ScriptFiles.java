package dev.retort.doctor;

import dev.retort.RetortException;
import dev.retort.script.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds and reads the revision files under a versions folder, recursively. */
final class ScriptFiles {
    private ScriptFiles() {}

    static List<ScriptFile> load(Path versions) {
        if (!Files.isDirectory(versions)) {
            throw RetortException.usage(versions + ": no such directory",
                    "name the folder that holds the revision files, e.g. migrations/versions");
        }
        List<Path> paths = new ArrayList<>();
        try {
            Files.walkFileTree(versions, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.equals(versions) ? "" : dir.getFileName().toString();
                    return name.startsWith(".") || name.equals("__pycache__") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
                    if (regular && isRevisionName(file.getFileName().toString())) {
                        paths.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw RetortException.usage(versions + ": cannot list the folder (" + e.getMessage() + ")",
                    "check that the folder and its subfolders are readable");
        }
        paths.sort(Comparator.comparing(Path::toString));
        // Reading and parsing are independent per file; spread them over the cores.
        return paths.parallelStream().map(ScriptFiles::read).filter(f -> !notARevision(versions, f)).toList();
    }

    private static final java.util.regex.Pattern PY_REVISION =
            java.util.regex.Pattern.compile("(?m)^(down_)?revision\\s*(:[^=\\n]*)?=");

    /**
     * Code that only sits beside the revisions: an Alembic project's env.py, or any module that
     * declares no revision at all, when doctor is pointed at a project's root. Inside a folder
     * named versions Alembic itself would fail on such a file, so there it stays and is reported.
     */
    private static boolean notARevision(Path versions, ScriptFile f) {
        if (f.readable()) {
            return false;
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

    private static boolean isRevisionName(String name) {
        return !name.startsWith(".") && !name.equals("__init__.py") && Format.ofFileName(name) != null;
    }

    static boolean isRevisionFile(Path root, Path p) {
        if (!isRevisionName(p.getFileName().toString())) {
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

    private static ScriptFile read(Path p) {
        Format format = Format.ofFileName(p.getFileName().toString());
        try {
            return ScriptFile.of(p, format, Files.readAllBytes(p));
        } catch (IOException e) {
            return new ScriptFile(p, format, new byte[0], "", false, null,
                    RetortException.usage(p + ":1: cannot read (" + e.getMessage() + ")", "check the file's permissions"));
        }
    }
}
