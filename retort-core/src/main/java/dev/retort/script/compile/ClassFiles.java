package dev.retort.script.compile;

import dev.retort.Migration;
import dev.retort.Revision;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists class files in folders and jars, and picks out revision classes. */
final class ClassFiles {
    private ClassFiles() {}

    /** Binary names of the classes under {@code dir}, which holds package {@code packageName} ("" for the root). */
    static List<String> inDirectory(Path dir, String packageName) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".class")).sorted().forEach(p -> {
                String rel = dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
                String name = rel.substring(0, rel.length() - ".class".length());
                if (!name.endsWith("module-info") && !name.endsWith("package-info")) {
                    out.add(packageName.isEmpty() ? name : packageName + "." + name);
                }
            });
        }
        return out;
    }

    /** Binary names of the classes in {@code jar} inside package {@code packageName} and below. */
    static List<String> inJar(Path jar, String packageName) throws IOException {
        String prefix = packageName.replace('.', '/') + "/";
        List<String> out = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String n = entries.nextElement().getName();
                if (n.startsWith(prefix) && n.endsWith(".class") && !n.endsWith("module-info.class")
                        && !n.endsWith("package-info.class")) {
                    out.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The class if it is a concrete {@link Migration} annotated {@link Revision}, else null. */
    static Class<? extends Migration> revisionClass(ClassLoader loader, String name) {
        Class<?> c;
        try {
            c = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // not loadable here: certainly not a revision Retort can run
        }
        if (!Migration.class.isAssignableFrom(c) || !c.isAnnotationPresent(Revision.class)
                || c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
            return null;
        }
        return c.asSubclass(Migration.class);
    }
}
