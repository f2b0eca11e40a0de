package dev.retort.script;

import dev.retort.RetortException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one walk over versions folders that every command uses (graph commands, the engine,
 * doctor, lint), in Alembic's order: each folder in turn, a folder's revision files sorted by
 * name, then its subfolders, sorted, depth first (Alembic 1.10+'s {@code os.walk} with sorted
 * files and dirs; 1.8 used unsorted {@code os.listdir}). Symlinked folders are followed, once
 * each, so a link back up the tree cannot loop. Names Alembic never loads as revisions
 * ({@code __init__.py}, {@code env.py}, dot files, {@code __pycache__}) are skipped.
 */
public final class VersionFolders {
    /** Larger files are refused unread: no revision is this big, and reading one would stall every command. */
    public static final long MAX_FILE_BYTES = 16L << 20;

    private VersionFolders() {}

    /** The revision files under {@code folders}, in Alembic's load order. Missing folders are an error. */
    public static List<Path> walk(List<Path> folders) {
        List<Path> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw RetortException.usage("the versions folder " + folder + " does not exist",
                        "run 'retort init', or point script_location (retort.toml) or version_locations (alembic.ini) at the folder holding the revisions");
            }
            collect(folder.toFile(), out, seen);
        }
        return out;
    }

    // java.io.File.list and a stat only for names that are not revision files: a walk that stats
    // every file costs more than reading all the headers.
    private static void collect(File dir, List<Path> out, Set<Path> seen) {
        if (!seen.add(realPath(dir))) {
            return; // a symlink to a folder already walked (or to an ancestor: a loop)
        }
        String[] names = dir.list();
        if (names == null) {
            throw RetortException.usage("cannot list " + dir, "check the folder's permissions");
        }
        Arrays.sort(names, VersionFolders::compareCodePoints);
        List<File> subfolders = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith(".") || name.equals("__pycache__")) {
                continue;
            }
            if (Format.ofFileName(name) != null) {
                if (isRevisionName(name)) {
                    out.add(dir.toPath().resolve(name));
                }
            } else {
                File child = new File(dir, name);
                if (child.isDirectory()) {
                    subfolders.add(child);
                }
            }
        }
        for (File sub : subfolders) {
            collect(sub, out, seen);
        }
    }

    /** True for a name a revision file may have (its extension, and not one of Alembic's own files). */
    public static boolean isRevisionName(String name) {
        return !name.startsWith(".") && !name.startsWith("__init__") && !name.equals("env.py")
                && Format.ofFileName(name) != null;
    }

    /**
     * Checks, without opening it, that {@code file} can be read as a revision: a regular file (a
     * FIFO would block the read forever) of at most {@link #MAX_FILE_BYTES}; returns its size.
     */
    public static long checkReadable(Path file) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw RetortException.usage(file + ":1: cannot read (" + e.getMessage() + ")", "check the file's permissions");
        }
        if (!attrs.isRegularFile()) {
            throw RetortException.usage(file + ":1: not a regular file (a FIFO, socket or device); Retort does not read it",
                    "move it out of the versions folder: revision files are plain files");
        }
        if (attrs.size() > MAX_FILE_BYTES) {
            throw RetortException.usage(file + ":1: " + attrs.size() / (1 << 20) + " MB is more than the "
                    + (MAX_FILE_BYTES >> 20) + " MB a revision file may have; Retort does not read it",
                    "move it out of the versions folder, or split the data it carries into a separate file");
        }
        return attrs.size();
    }

    private static Path realPath(File dir) {
        try {
            return dir.toPath().toRealPath();
        } catch (IOException e) {
            return dir.toPath().toAbsolutePath().normalize();
        }
    }

    /** Python's str ordering (by code point), which Alembic's sorted() uses; String.compareTo differs above U+FFFF. */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int k = 0; k < n; k++) {
            char ca = a.charAt(k);
            char cb = b.charAt(k);
            if (ca != cb) {
                if (!Character.isSurrogate(ca) && !Character.isSurrogate(cb)) {
                    return Character.compare(ca, cb); // both whole code points: the usual case, no decoding
                }
                // by code point from the last boundary: a pair may start one char before (its high surrogates equal)
                return compareCodePoints(a, b, k > 0 && Character.isHighSurrogate(a.charAt(k - 1)) ? k - 1 : k);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int compareCodePoints(String a, String b, int from) {
        int i = from;
        while (i < a.length() && i < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(i);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
        }
        return Integer.compare(a.length(), b.length());
    }
}
