package dev.retort.script.compile;

import dev.retort.RetortException;
import dev.retort.Migration;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;

/**
 * Revisions compiled into an application: either listed by the application, or found by
 * listing the class files of given packages on a class loader's classpath (folders and jars).
 * No registry, no agent: a class is a revision when it implements Migration and carries @Revision.
 */
public final class ClasspathRevisions {
    private ClasspathRevisions() {}

    public static List<CompiledRevision> listed(Collection<Class<? extends Migration>> classes) {
        return classes.stream().map(c -> CompiledRevision.of(c, null)).toList();
    }

    /** Every revision class in {@code packages} (and their subpackages), ordered by class name. */
    public static List<CompiledRevision> scan(ClassLoader loader, List<String> packages) {
        TreeMap<String, Class<? extends Migration>> found = new TreeMap<>();
        for (String pkg : packages) {
            if (pkg == null || pkg.isBlank()) {
                throw RetortException.usage("an empty package name was given to scan for revisions",
                        "name the package that holds the revision classes, e.g. com.example.migrations");
            }
            try {
                Enumeration<URL> roots = loader.getResources(pkg.replace('.', '/'));
                while (roots.hasMoreElements()) {
                    for (String name : classNames(roots.nextElement(), pkg)) {
                        Class<? extends Migration> c = ClassFiles.revisionClass(loader, name);
                        if (c != null) {
                            found.put(name, c);
                        }
                    }
                }
            } catch (IOException e) {
                throw new RetortException(RetortException.Kind.FAILED, "cannot list package " + pkg + ": " + e.getMessage(),
                        "check the application's classpath", e);
            }
        }
        return listed(new ArrayList<>(found.values()));
    }

    private static List<String> classNames(URL url, String pkg) throws IOException {
        switch (url.getProtocol()) {
            case "file":
                try {
                    return ClassFiles.inDirectory(Path.of(url.toURI()), pkg);
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
            case "jar":
                JarURLConnection conn = (JarURLConnection) url.openConnection();
                conn.setUseCaches(false);
                try {
                    return ClassFiles.inJar(Path.of(conn.getJarFileURL().toURI()), pkg);
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new IOException("cannot open " + url, e);
                }
            default:
                throw RetortException.usage("cannot scan " + url + " for revisions (a " + url.getProtocol() + " location)",
                        "list the revision classes explicitly instead of scanning packages");
        }
    }
}
