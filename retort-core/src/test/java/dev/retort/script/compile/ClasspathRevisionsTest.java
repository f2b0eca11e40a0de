package dev.retort.script.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Migration;
import dev.retort.Recorder;
import dev.retort.script.compile.fixtures.FirstRevision;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathRevisionsTest {
    @TempDir
    Path tmp;

    @Test
    void scanningAPackageFolderFindsExactlyTheAnnotatedMigrations() {
        List<CompiledRevision> found = ClasspathRevisions.scan(getClass().getClassLoader(),
                List.of("dev.retort.script.compile.fixtures"));
        assertThat(found).extracting(r -> r.revision().id()).containsExactly("app_1", "app_2");
        CompiledRevision second = found.get(1);
        assertThat(second.revision().revises()).containsExactly("app_1");
        assertThat(second.revision().dependsOn()).containsExactly("x", "y");
        assertThat(second.revision().source()).isNull();
        assertThat(Recorder.upgrade(second.newInstance())).hasSize(1);
    }

    @Test
    void scanningFindsRevisionsInsideAJar() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("project/migrations"));
        Path file = Files.writeString(src.resolve("r.java"), RevisionCompilerTest.MERGE);
        Path classes;
        try (CompiledRevisions compiled = new RevisionCompiler(tmp.resolve("project"), List.of()).compile(List.of(file))) {
            classes = Path.of(compiled.loader().getURLs()[0].getPath());
        }
        Path jar = tmp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(p -> !p.equals(classes)).sorted().toList()) {
                String name = classes.relativize(p).toString().replace('\\', '/');
                boolean dir = Files.isDirectory(p);
                out.putNextEntry(new JarEntry(dir ? name + "/" : name)); // directory entries, as jar tools write them
                if (!dir) {
                    out.write(Files.readAllBytes(p));
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader app = new URLClassLoader(new URL[] {jar.toUri().toURL()}, Migration.class.getClassLoader())) {
            assertThat(ClasspathRevisions.scan(app, List.of("com.example"))).singleElement()
                    .satisfies(r -> assertThat(r.revision().id()).isEqualTo("m1"));
        }
    }

    @Test
    void anApplicationCanListItsRevisionsInstead() {
        assertThat(ClasspathRevisions.listed(List.of(FirstRevision.class)))
                .singleElement().satisfies(r -> assertThat(r.revision().message()).isEqualTo("first"));
    }
}
