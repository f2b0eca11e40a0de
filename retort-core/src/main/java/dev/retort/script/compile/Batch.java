package dev.retort.script.compile;

import dev.retort.RetortException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * One javac run over the revision files that are not cached yet. The classes go to a temporary
 * folder, are sorted by the source file javac made them from, and each file's set is moved
 * into its cache folder in one atomic rename, so that concurrent runners never see half a set.
 */
final class Batch {
    private final JavaCompiler javac;
    private final List<Path> classpath;
    private final Path cacheRoot;

    Batch(JavaCompiler javac, List<Path> classpath, Path cacheRoot) {
        this.javac = javac;
        this.classpath = classpath;
        this.cacheRoot = cacheRoot;
    }

    void compile(List<Path> sources, Map<Path, Path> classDirs) {
        Path out = null;
        try {
            Files.createDirectories(cacheRoot);
            TempFolders.sweep(cacheRoot);
            out = Files.createDirectory(cacheRoot.resolve(TempFolders.newName()));
            Map<String, Path> origin = run(sources, out);
            for (Path source : sources) {
                Path staging = Files.createDirectory(cacheRoot.resolve(TempFolders.newName()));
                for (Map.Entry<String, Path> e : origin.entrySet()) {
                    if (e.getValue().equals(source)) {
                        String rel = e.getKey().replace('.', '/') + ".class";
                        Path target = staging.resolve(rel);
                        Files.createDirectories(target.getParent());
                        Files.move(out.resolve(rel), target);
                    }
                }
                publish(staging, classDirs.get(source));
            }
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot write compiled revisions under " + cacheRoot
                    + ": " + e.getMessage(), "check that the project folder is writable", e);
        } finally {
            if (out != null) {
                RevisionCompiler.deleteTree(out);
            }
        }
    }

    private static void publish(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
            RevisionCompiler.deleteTree(staging); // another runner cached the same file first
        }
    }

    /** Compiles; returns each class's binary name and the source it came from. */
    private Map<String, Path> run(List<Path> sources, Path out) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, Path> origin = new HashMap<>();
        try (StandardJavaFileManager std = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            std.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
            std.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath.stream().filter(Files::exists).toList());
            std.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of()); // compile exactly the given files
            JavaFileManager tracking = new ForwardingJavaFileManager<>(std) {
                @Override
                public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                        FileObject sibling) throws IOException {
                    if (sibling instanceof SourceFile s) {
                        origin.put(className, s.path);
                    }
                    return super.getJavaFileForOutput(location, className, kind, sibling);
                }
            };
            List<SourceFile> units = new ArrayList<>();
            sources.forEach(s -> units.add(new SourceFile(s)));
            List<String> options = List.of("-proc:none", "-implicit:none", "-g", "-nowarn", "-encoding", "UTF-8");
            boolean ok = javac.getTask(new StringWriter(), tracking, diagnostics, options, null, units).call();
            if (!ok) {
                throw firstError(diagnostics.getDiagnostics(), sources);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return origin;
    }

    /**
     * The offending source line and a caret under the column, as javac prints them, so that the
     * error is readable without running javac; empty when javac gave no position.
     */
    private static List<String> caret(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null || d.getLineNumber() <= 0 || d.getColumnNumber() <= 0) {
            return List.of();
        }
        try {
            String text = d.getSource().getCharContent(true).toString();
            List<String> lines = text.lines().toList();
            if (d.getLineNumber() > lines.size()) {
                return List.of();
            }
            String line = lines.get((int) d.getLineNumber() - 1).replace('\t', ' ');
            int column = (int) Math.min(d.getColumnNumber(), line.length() + 1);
            return List.of(line, " ".repeat(column - 1) + "^");
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // the source and caret are a nicety
        }
    }

    private static final Pattern SIMPLE_NAMES = Pattern.compile("\\b(?:java\\.lang|dev\\.retort)\\.(?=[A-Z])");

    private static RetortException firstError(List<Diagnostic<? extends JavaFileObject>> diagnostics, List<Path> sources) {
        long errors = diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String where = d.getSource() instanceof SourceFile s ? s.path.toString() : String.valueOf(d.getSource());
                // javac on the command line names java.lang and the revision API's types simply; so do we
                List<String> lines = SIMPLE_NAMES.matcher(d.getMessage(Locale.ROOT).strip()).replaceAll("").lines().toList();
                String message = lines.isEmpty() ? "compilation failed" : lines.get(0);
                List<String> details = new ArrayList<>(lines.subList(Math.min(1, lines.size()), lines.size()));
                details.addAll(caret(d));
                return new RetortException(RetortException.Kind.USAGE, where + ":" + Math.max(1, d.getLineNumber()) + ": " + message,
                        errors > 1 ? "fix the revision (" + errors + " compilation errors in all)" : "fix the revision", details);
            }
        }
        return RetortException.usage(sources.get(0) + ":1: compilation failed", "run javac on the file to see why");
    }
}
