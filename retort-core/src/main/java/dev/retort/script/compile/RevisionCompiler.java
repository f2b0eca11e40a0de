package dev.retort.script.compile;

import dev.retort.RetortException;
import dev.retort.Migration;
import dev.retort.script.Format;
import dev.retort.script.Source;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles Java revision files in one batch with the JDK's compiler and caches each file's
 * classes under {@code <project>/.retort/classes/<sha256>}, where the hash covers the file's
 * bytes and the Java version; a run whose files are all cached never touches the compiler.
 */
public final class RevisionCompiler {
    private final Path cacheRoot;
    private final List<Path> extraClasspath;
    private final Supplier<JavaCompiler> compiler;

    /** Uses the running JDK's compiler; {@code extraClasspath} adds the user's jars and folders. */
    public RevisionCompiler(Path projectDir, List<Path> extraClasspath) {
        this(projectDir, extraClasspath, ToolProvider::getSystemJavaCompiler);
    }

    /** {@code compiler} is asked for only when something must be compiled; it may return null (a JRE). */
    public RevisionCompiler(Path projectDir, List<Path> extraClasspath, Supplier<JavaCompiler> compiler) {
        this.cacheRoot = projectDir.resolve(".retort").resolve("classes");
        this.extraClasspath = List.copyOf(extraClasspath);
        this.compiler = compiler;
    }

    public CompiledRevisions compile(List<Path> sources) {
        Map<Path, Path> classDirs = new LinkedHashMap<>();
        List<Path> missing = new ArrayList<>();
        for (Path source : sources) {
            Path dir = cacheRoot.resolve(hash(source));
            classDirs.put(source, dir);
            if (!Files.isDirectory(dir)) {
                missing.add(source);
            }
        }
        if (!missing.isEmpty()) {
            JavaCompiler javac = compiler.get();
            if (javac == null) {
                throw RetortException.usage("no Java compiler in this runtime (JRE)",
                        "run Retort on a JDK, or compile the revisions into your application");
            }
            List<Path> cached = classDirs.entrySet().stream().filter(e -> !missing.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            new Batch(javac, classpath(cached), cacheRoot).compile(missing, classDirs);
        }
        return load(classDirs, missing.size());
    }

    private CompiledRevisions load(Map<Path, Path> classDirs, int compiled) {
        List<URL> urls = new ArrayList<>();
        classDirs.values().forEach(d -> urls.add(url(d)));
        extraClasspath.forEach(p -> urls.add(url(p)));
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), Migration.class.getClassLoader());
        Map<Path, CompiledRevision> out = new LinkedHashMap<>();
        for (Map.Entry<Path, Path> e : classDirs.entrySet()) {
            List<Class<? extends Migration>> found = new ArrayList<>();
            for (String name : classesIn(e.getValue())) {
                Class<? extends Migration> c = ClassFiles.revisionClass(loader, name);
                if (c != null) {
                    found.add(c);
                }
            }
            if (found.size() != 1) {
                throw RetortException.usage(e.getKey() + ":1: " + (found.isEmpty()
                        ? "no public class annotated @Revision that implements Migration"
                        : "several @Revision classes: " + found.stream().map(Class::getName).toList()),
                        "declare exactly one revision class per file");
            }
            ExitCalls.refuse(e.getKey(), e.getValue());
            out.put(e.getKey(), CompiledRevision.of(found.get(0), new Source(e.getKey(), Format.JAVA, Map.of())));
        }
        return new CompiledRevisions(Map.copyOf(out), compiled, loader);
    }

    private static List<String> classesIn(Path dir) {
        try {
            return ClassFiles.inDirectory(dir, "");
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot read compiled revisions in " + dir + ": "
                    + e.getMessage(), "delete the folder " + dir + " and run again", e);
        }
    }

    /** The running classpath, where Retort's own classes are, the user's extras, and cached revisions. */
    private List<Path> classpath(List<Path> cachedRevisionDirs) {
        Set<Path> cp = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                cp.add(Path.of(entry));
            }
        }
        CodeSource retort = Migration.class.getProtectionDomain().getCodeSource();
        if (retort != null) {
            try {
                cp.add(Path.of(retort.getLocation().toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file location (e.g. nested in a fat jar): the running classpath must do
            }
        }
        cp.addAll(extraClasspath);
        cp.addAll(cachedRevisionDirs);
        return List.copyOf(cp);
    }

    /** Cache key: the file's bytes plus the Java feature version the classes are compiled for. */
    static String hash(Path source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(source));
            sha.update(("\0java-" + Runtime.version().feature()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw RetortException.usage(source + ":1: cannot read revision file: " + e.getMessage(), "check the file");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
