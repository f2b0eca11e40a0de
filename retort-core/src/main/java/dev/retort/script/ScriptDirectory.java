package dev.retort.script;

import dev.retort.RetortException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

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
        List<String> relative = new ArrayList<>();
        collect(versions.toFile(), "", relative);
        Collections.sort(relative);
        List<Path> files = new ArrayList<>(relative.size());
        for (String r : relative) {
            files.add(versions.resolve(r));
        }
        return files;
    }

    // java.io.File.list and a stat only for names that are not revision files: a walk that stats
    // every file costs more than reading all the headers.
    private static void collect(File dir, String prefix, List<String> out) {
        String[] names = dir.list();
        if (names == null) {
            throw RetortException.usage("cannot list " + dir, "check the folder's permissions");
        }
        for (String name : names) {
            if (name.startsWith(".") || name.equals("__pycache__")) {
                continue;
            }
            if (isRevisionFile(name)) {
                out.add(prefix + name);
            } else {
                File child = new File(dir, name);
                if (child.isDirectory()) {
                    collect(child, prefix + name + "/", out);
                }
            }
        }
    }

    /**
     * The headers of all revision files, in {@link #files()} order. Files are read in parallel (the
     * open and read system calls dominate); a malformed file is reported deterministically: the
     * first one in file order wins.
     */
    public List<Revision> revisions() {
        List<Path> files = files();
        Object[] results = new Object[files.size()];
        IntStream.range(0, results.length).parallel().forEach(i -> {
            try {
                results[i] = read(files.get(i));
            } catch (RuntimeException e) {
                results[i] = e;
            }
        });
        List<Revision> revisions = new ArrayList<>(results.length);
        for (Object r : results) {
            if (r instanceof RuntimeException e) {
                throw e;
            }
            revisions.add((Revision) r);
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
