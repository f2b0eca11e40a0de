package dev.retort.script;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A project's script location: revision files searched recursively under {@code versions/}
 * (SQL, Java, and read-only Alembic), templates under {@code templates/}. Reads only headers;
 * a SQL body is parsed when {@link #sqlScript} asks for it. Nothing is cached, so nothing goes
 * stale: each call reads the disk again.
 */
public final class ScriptDirectory {
    private final Path location;

    public ScriptDirectory(Path location) {
        this.location = location;
    }

    public Path location() {
        return location;
    }

    public Path versions() {
        return location.resolve("versions");
    }

    public Path templates() {
        return location.resolve("templates");
    }

    /** The revision files, sorted by their path relative to {@code versions/} (so the order is stable across machines). */
    public List<Path> files() {
        Path versions = versions();
        if (!Files.isDirectory(versions)) {
            throw RetortException.usage("the versions folder " + versions + " does not exist",
                    "run 'retort init', or point script_location in retort.toml at the folder holding versions/");
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(versions, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName().toString();
                    boolean skip = !dir.equals(versions) && (name.startsWith(".") || name.equals("__pycache__"));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isRevisionFile(file.getFileName().toString())) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot list " + versions + ": " + e.getMessage(),
                    "check the folder's permissions", e);
        }
        files.sort(Comparator.comparing(p -> versions.relativize(p).toString()));
        return files;
    }

    /** The headers of all revision files, in {@link #files()} order. */
    public List<Revision> revisions() {
        List<Path> files = files();
        List<Revision> revisions = new ArrayList<>(files.size());
        for (Path file : files) {
            revisions.add(read(file));
        }
        return revisions;
    }

    /** Reads one revision file's header, by its extension. */
    public static Revision read(Path file) {
        Format format = Format.ofFileName(file.getFileName().toString());
        if (format == null) {
            throw RetortException.usage(file + ": not a revision file", "revision files end in .sql, .java or .py");
        }
        return switch (format) {
            case SQL -> SqlRevisionReader.readHeader(file);
            case JAVA -> JavaRevisionReader.read(file);
            case ALEMBIC -> AlembicReader.read(file, readString(file));
        };
    }

    /** The full parse of a SQL revision: the upgrade and downgrade text, their lines, the transaction mode. */
    public SqlScript sqlScript(Revision revision) {
        if (revision.source() == null || revision.source().format() != Format.SQL) {
            throw new IllegalArgumentException("not a SQL revision: " + revision.id());
        }
        return SqlRevisionReader.readScript(revision.source().path());
    }

    static boolean isRevisionFile(String name) {
        return !name.startsWith(".") && !name.equals("__init__.py") && Format.ofFileName(name) != null;
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw SqlRevisionReader.cannotRead(file, e);
        }
    }
}
