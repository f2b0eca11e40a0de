package dev.retort.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The revisions of {@code retort.locations}, as the core reads them: the core reads revision
 * files from folders, so the SQL files of each classpath location (in the application's classes
 * folder or inside its jars, nested Boot jars included) are copied into a temporary folder,
 * deleted when the context closes; Java revisions are already compiled, and are found as classes
 * in the package named like the location. {@code filesystem:} locations are read in place.
 */
public final class RevisionLocations implements AutoCloseable {
    static final String CLASSPATH = "classpath:";
    static final String FILESYSTEM = "filesystem:";

    private final Path root;
    private final List<Path> folders;
    private final List<String> packages;
    /** Each copied folder and the location it came from, to name the location in messages. */
    private final Map<Path, String> origins;

    private RevisionLocations(Path root, List<Path> folders, List<String> packages, Map<Path, String> origins) {
        this.root = root;
        this.folders = List.copyOf(folders);
        this.packages = List.copyOf(packages);
        this.origins = Map.copyOf(origins);
    }

    /** Copies the SQL revisions of every location into a new temporary folder. */
    static RevisionLocations copy(List<String> locations, ClassLoader loader) {
        if (locations == null || locations.isEmpty()) {
            throw new IllegalArgumentException("retort.locations is empty: name at least one location, e.g. classpath:db/retort");
        }
        Path root;
        try {
            root = Files.createTempDirectory("retort-revisions");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the revisions", e);
        }
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
        List<Path> folders = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        Map<Path, String> origins = new LinkedHashMap<>();
        try {
            for (String location : locations) {
                String l = location.strip();
                if (l.startsWith(FILESYSTEM)) {
                    Path folder = Path.of(l.substring(FILESYSTEM.length())).toAbsolutePath().normalize();
                    folders.add(folder);
                    origins.put(folder, l);
                    continue;
                }
                String folder = trimSlashes(l.startsWith(CLASSPATH) ? l.substring(CLASSPATH.length()) : l);
                if (folder.isEmpty() || !folder.matches("[A-Za-z0-9_$/.-]+")) {
                    throw new IllegalArgumentException("retort.locations: '" + location + "' is not a classpath folder"
                            + " (write classpath:db/retort or filesystem:/path/to/versions)");
                }
                Path target = root.resolve(String.valueOf(folders.size()));
                Files.createDirectories(target);
                copySql(resolver, folder, target);
                folders.add(target);
                origins.put(target, CLASSPATH + folder);
                packages.add(folder.replace('/', '.'));
            }
        } catch (IOException | RuntimeException e) {
            delete(root);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot read the revisions of " + locations + ": " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
        return new RevisionLocations(root, folders, packages, origins);
    }

    private static void copySql(ResourcePatternResolver resolver, String folder, Path target) throws IOException {
        List<String> bases = new ArrayList<>();
        for (Resource base : resolver.getResources("classpath*:" + folder + "/")) {
            bases.add(base.getURL().toString());
        }
        for (Resource r : resolver.getResources("classpath*:" + folder + "/**/*.sql")) {
            String url = r.getURL().toString();
            String relative = relative(url, bases, folder);
            Path file = target.resolve(relative).normalize();
            if (!file.startsWith(target)) {
                continue;
            }
            if (Files.exists(file)) {
                throw new IllegalStateException("two revision files " + CLASSPATH + folder + "/" + relative
                        + " are on the classpath (" + url + " and another); keep one");
            }
            Files.createDirectories(file.getParent());
            try (InputStream in = r.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The path of a resource below its location's folder, whichever jar or folder holds it. */
    private static String relative(String url, List<String> bases, String folder) {
        for (String base : bases) {
            String b = base.endsWith("/") ? base : base + "/";
            if (url.startsWith(b)) {
                return url.substring(b.length());
            }
        }
        int at = url.lastIndexOf("/" + folder + "/");
        return at < 0 ? url.substring(url.lastIndexOf('/') + 1) : url.substring(at + folder.length() + 2);
    }

    private static String trimSlashes(String s) {
        String out = s.strip();
        while (out.startsWith("/")) {
            out = out.substring(1);
        }
        while (out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    /** The project folder the core resolves relative paths against (nothing is written there). */
    Path root() {
        return root;
    }

    /** The folders of revision files, one per location. */
    List<Path> folders() {
        return folders;
    }

    /** The packages Java revision classes are looked for in. */
    List<String> packages() {
        return packages;
    }

    /** {@code message} with copied files named by their classpath location, not the temporary folder. */
    String describe(String message) {
        String out = message == null ? "" : message;
        for (Map.Entry<Path, String> e : origins.entrySet()) {
            out = out.replace(e.getKey().toString(), e.getValue());
        }
        return out;
    }

    @Override
    public void close() {
        delete(root);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the start-up or shutdown goes on
        }
    }
}
