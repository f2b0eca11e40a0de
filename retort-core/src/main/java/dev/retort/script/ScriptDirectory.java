package dev.retort.script;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A project's script location: revision files searched recursively under {@code versions/} (or
 * Alembic's version_locations)
 * (SQL, Java, and read-only Alembic), templates under {@code templates/}. Reads only headers;
 * a SQL body is parsed when {@link #sqlScript} asks for it. Nothing is cached, so nothing goes
 * stale: each call reads the disk again.
 */
public final class ScriptDirectory {
    private final Path location;
    private final List<Path> versionLocations;

    public ScriptDirectory(Path location) {
        this(location, List.of());
    }

    /** With Alembic's {@code version_locations}: the folders searched instead of {@code versions/}. */
    public ScriptDirectory(Path location, List<Path> versionLocations) {
        this.location = location;
        this.versionLocations = List.copyOf(versionLocations);
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

    /** The revision files in Alembic's load order (see {@link VersionFolders}). */
    public List<Path> files() {
        return VersionFolders.walk(versionFolders());
    }

    /** The folders holding revisions: Alembic's version_locations when given, else {@code versions/}. */
    public List<Path> versionFolders() {
        return versionLocations.isEmpty() ? List.of(versions()) : versionLocations;
    }

    /**
     * The headers of all revision files, in {@link #files()} order. Files are read in parallel (the
     * open and read system calls dominate); a malformed file is reported deterministically: the
     * first one in file order wins.
     */
    public List<RevisionHeader> revisions() {
        List<Path> files = files();
        Object[] results = new Object[files.size()];
        IntStream.range(0, results.length).parallel().forEach(i -> {
            try {
                results[i] = read(files.get(i));
            } catch (RuntimeException e) {
                results[i] = e;
            }
        });
        List<RevisionHeader> revisions = new ArrayList<>(results.length);
        for (Object r : results) {
            if (r instanceof RuntimeException e) {
                throw e;
            }
            revisions.add((RevisionHeader) r);
        }
        return revisions;
    }

    /** Reads one revision file's header, by its extension. */
    public static RevisionHeader read(Path file) {
        long size = VersionFolders.checkReadable(file);
        Format format = Format.ofFileName(file.getFileName().toString());
        if (format == null) {
            throw RetortException.usage(file + ": not a revision file", "revision files end in .sql, .java or .py");
        }
        return switch (format) {
            case SQL -> SqlRevisionReader.readHeader(file, size);
            case JAVA -> JavaRevisionReader.read(file);
            case ALEMBIC -> AlembicReader.read(file, readString(file));
        };
    }

    /** The full parse of a SQL revision: the upgrade and downgrade text, their lines, the transaction mode. */
    public SqlScript sqlScript(RevisionHeader revision) {
        if (revision.source() == null || revision.source().format() != Format.SQL) {
            throw new IllegalArgumentException("not a SQL revision: " + revision.id());
        }
        return SqlRevisionReader.readScript(revision.source().path());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw SqlRevisionReader.cannotRead(file, e);
        }
    }
}
