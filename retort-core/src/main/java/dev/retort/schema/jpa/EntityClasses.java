package dev.retort.schema.jpa;

import dev.retort.RetortException;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The classes annotated {@code @Entity} in some packages of a classpath (folders and jars; an
 * entry {@code dir/*} means every jar in dir), loaded in a class loader of their own together with
 * the jakarta.persistence API that must be on that classpath too.
 */
final class EntityClasses implements AutoCloseable {
    private final URLClassLoader loader;
    final List<Class<?>> entities;

    private EntityClasses(URLClassLoader loader, List<Class<?>> entities) {
        this.loader = loader;
        this.entities = List.copyOf(entities);
    }

    static EntityClasses load(List<Path> classpath, List<String> packages) {
        List<Path> entries = expand(classpath);
        List<URL> urls = new ArrayList<>();
        for (Path p : entries) {
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw RetortException.usage("[model] jpa classpath entry " + p + " is not a path", "list folders and jars");
            }
        }
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), EntityClasses.class.getClassLoader());
        try {
            loader.loadClass(Ann.JPA + "Entity");
        } catch (ClassNotFoundException e) {
            close(loader);
            throw RetortException.usage("the jakarta.persistence API is not on the [model] jpa classpath",
                    "add the jakarta.persistence-api jar to classpath, e.g. \"target/dependency/*\" after mvn dependency:copy-dependencies");
        }
        TreeSet<String> names = new TreeSet<>();
        for (Path p : entries) {
            for (String pkg : packages) {
                names.addAll(classNames(p, pkg));
            }
        }
        List<Class<?>> entities = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (Ann.present(c, "Entity")) {
                    entities.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                close(loader);
                throw RetortException.usage("cannot load " + name + " from the [model] jpa classpath: " + e,
                        "add the jars the entity classes need to classpath");
            }
        }
        if (entities.isEmpty()) {
            close(loader);
            throw RetortException.usage("no @Entity classes in packages " + packages + " on the [model] jpa classpath " + classpath,
                    "check packages and classpath in [model] jpa (compile the entities first)");
        }
        return new EntityClasses(loader, entities);
    }

    private static List<Path> expand(List<Path> classpath) {
        List<Path> out = new ArrayList<>();
        for (Path p : classpath) {
            if (p.getFileName() != null && p.getFileName().toString().equals("*")) {
                try (Stream<Path> jars = Files.list(p.getParent())) {
                    jars.filter(j -> j.toString().endsWith(".jar")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw RetortException.usage("cannot list " + p.getParent() + ": " + e.getMessage(), "check [model] jpa classpath");
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<String> classNames(Path entry, String pkg) {
        String prefix = pkg.replace('.', '/') + "/";
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(entry)) {
            Path dir = entry.resolve(prefix);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.map(f -> entry.relativize(f).toString().replace(File.separatorChar, '/'))
                            .filter(f -> f.endsWith(".class") && !f.contains("-")).forEach(f -> out.add(className(f)));
                } catch (IOException e) {
                    throw RetortException.usage("cannot read " + dir + ": " + e.getMessage(), "check [model] jpa classpath");
                }
            }
        } else if (Files.isRegularFile(entry)) {
            try (JarFile jar = new JarFile(entry.toFile())) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    String name = e.nextElement().getName();
                    if (name.startsWith(prefix) && name.endsWith(".class") && !name.contains("-")) {
                        out.add(className(name));
                    }
                }
            } catch (IOException e) {
                throw RetortException.usage("cannot read " + entry + ": " + e.getMessage(), "check [model] jpa classpath");
            }
        }
        return out;
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // nothing was written
        }
    }

    @Override
    public void close() {
        close(loader);
    }
}
