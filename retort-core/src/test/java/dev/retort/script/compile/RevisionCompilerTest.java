package dev.retort.script.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.Operation;
import dev.retort.Recorder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionCompilerTest {
    @TempDir
    Path project;

    static final String DESIGN_EXAMPLE = """
            import dev.retort.*;

            @Revision(id = "20251016_prompt_engineering", revises = "20251011_admin_chat",
                      created = "2025-10-16 09:12:44", message = "Add prompt engineering tables")
            public class AddPromptEngineeringTables implements Migration {
                public void upgrade(Ops op) {
                    op.createTable("prompt", t -> t
                        .column("id", BIGINT, c -> c.primaryKey())
                        .column("body", TEXT, c -> c.notNull()));
                }
                public void downgrade(Ops op) { op.dropTable("prompt"); }
            }
            """;

    static final String MERGE = """
            package com.example.migrations;

            import static dev.retort.Type.varchar;

            import dev.retort.Migration;
            import dev.retort.Ops;
            import dev.retort.Revision;

            @Revision(id = "m1", revises = {"a", "b"}, branchLabels = "main", message = "merge and widen")
            public class Merge implements Migration {
                public void upgrade(Ops op) {
                    op.addColumn("prompt", "title", varchar(80), c -> c.defaultValue("''"));
                    Runnable nested = () -> {}; // an extra class file from the same source
                    nested.run();
                }
            }
            """;

    Path write(String relative, String content) throws IOException {
        Path p = project.resolve("migrations/versions").resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    /** The real compiler, counting how often it is asked for. */
    static Supplier<JavaCompiler> counting(AtomicInteger calls) {
        return () -> {
            calls.incrementAndGet();
            return ToolProvider.getSystemJavaCompiler();
        };
    }

    @Test
    void compilesFilesNamedAfterTheirRevisionAndLoadsTheirMetadata() throws IOException {
        Path a = write("20251016_prompt_engineering.java", DESIGN_EXAMPLE);
        Path b = write("sub/20251017_m1.java", MERGE);
        try (CompiledRevisions compiled = new RevisionCompiler(project, List.of()).compile(List.of(a, b))) {
            assertThat(compiled.compiledFiles()).isEqualTo(2);
            CompiledRevision first = compiled.get(a);
            assertThat(first.revision().id()).isEqualTo("20251016_prompt_engineering");
            assertThat(first.revision().revises()).containsExactly("20251011_admin_chat");
            assertThat(first.revision().createDate()).isEqualTo("2025-10-16 09:12:44");
            assertThat(first.revision().message()).isEqualTo("Add prompt engineering tables");
            assertThat(first.revision().source().path()).isEqualTo(a);
            assertThat(Recorder.upgrade(first.newInstance())).singleElement().isInstanceOf(Operation.CreateTable.class);
            assertThat(Recorder.downgrade(first.newInstance())).containsExactly(new Operation.DropTable("prompt", null));

            CompiledRevision merge = compiled.get(b);
            assertThat(merge.type().getName()).isEqualTo("com.example.migrations.Merge");
            assertThat(merge.revision().revises()).containsExactly("a", "b");
            assertThat(merge.revision().branchLabels()).containsExactly("main");
            assertThat(Recorder.downgrade(merge.newInstance())).singleElement().isInstanceOf(Operation.DropColumn.class);
        }
    }

    @Test
    void aSecondRunCompilesNothingAndAnEditedFileIsCompiledAlone() throws IOException {
        Path a = write("20251016_prompt_engineering.java", DESIGN_EXAMPLE);
        Path b = write("20251017_m1.java", MERGE);
        AtomicInteger calls = new AtomicInteger();
        try (CompiledRevisions first = new RevisionCompiler(project, List.of(), counting(calls)).compile(List.of(a, b))) {
            assertThat(first.compiledFiles()).isEqualTo(2);
        }
        assertThat(calls).hasValue(1);
        try (CompiledRevisions second = new RevisionCompiler(project, List.of(), counting(calls)).compile(List.of(a, b))) {
            assertThat(second.compiledFiles()).isZero();
            assertThat(second.get(b).revision().id()).isEqualTo("m1");
        }
        assertThat(calls).as("the compiler was not even looked up").hasValue(1);

        Files.writeString(b, MERGE.replace("merge and widen", "merge and widen more"));
        try (CompiledRevisions third = new RevisionCompiler(project, List.of(), counting(calls)).compile(List.of(a, b))) {
            assertThat(third.compiledFiles()).isEqualTo(1);
            assertThat(third.get(b).revision().message()).isEqualTo("merge and widen more");
        }
    }

    @Test
    void concurrentRunnersShareTheCache() throws Exception {
        Path a = write("20251016_prompt_engineering.java", DESIGN_EXAMPLE);
        Path b = write("20251017_m1.java", MERGE);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    try (CompiledRevisions c = new RevisionCompiler(project, List.of()).compile(List.of(a, b))) {
                        return c.get(a).revision().id() + " " + c.get(b).revision().id();
                    }
                }));
            }
            for (var run : runs) {
                assertThat(run.get()).isEqualTo("20251016_prompt_engineering m1");
            }
        } finally {
            pool.shutdown();
        }
        try (Stream<Path> dirs = Files.list(project.resolve(".retort/classes"))) {
            assertThat(dirs).as("one folder per file, no leftovers").hasSize(2);
        }
    }

    @Test
    void aCompilationErrorNamesFileAndLineAndCachesNothing() throws IOException {
        Path good = write("20251016_prompt_engineering.java", DESIGN_EXAMPLE);
        Path bad = write("20251018_broken.java", MERGE.replace("op.addColumn(", "op.addColumnn("));
        assertThatThrownBy(() -> new RevisionCompiler(project, List.of()).compile(List.of(good, bad)))
                .isInstanceOfSatisfying(RetortException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
                    assertThat(e.getMessage()).startsWith(bad + ":12: cannot find symbol");
                    assertThat(e.details()).anySatisfy(l -> assertThat(l.strip()).startsWith("symbol:").contains("method addColumnn("));
                    assertThat(e.details()).anySatisfy(l -> assertThat(l.strip()).startsWith("location:"));
                    List<String> d = e.details();
                    assertThat(d.get(d.size() - 2)).contains("op.addColumnn(");
                    assertThat(d.get(d.size() - 1).strip()).isEqualTo("^");
                    assertThat(d.get(d.size() - 2).charAt(d.get(d.size() - 1).length() - 1)).as("caret under the call").isIn('o', '.', 'a');
                    assertThat(e.hint()).startsWith("fix the revision");
                });
        try (Stream<Path> left = Files.list(project.resolve(".retort/classes"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aRuntimeWithoutCompilerSaysHowToFixIt() throws IOException {
        Path a = write("20251016_prompt_engineering.java", DESIGN_EXAMPLE);
        assertThatThrownBy(() -> new RevisionCompiler(project, List.of(), () -> null).compile(List.of(a)))
                .isInstanceOfSatisfying(RetortException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
                    assertThat(e.getMessage()).isEqualTo("no Java compiler in this runtime (JRE)");
                    assertThat(e.hint()).isEqualTo("run Retort on a JDK, or compile the revisions into your application");
                });
    }

    @Test
    void aFileWithoutARevisionClassIsAnError() throws IOException {
        Path a = write("20251019_plain.java", "public class Plain {}\n");
        assertThatThrownBy(() -> new RevisionCompiler(project, List.of()).compile(List.of(a)))
                .isInstanceOf(RetortException.class)
                .hasMessage(a + ":1: no public class annotated @Revision that implements Migration");
    }

    @Test
    void aCompileDeletesTheTemporaryFoldersOfKilledCompilesAndKeepsLiveOnes() throws IOException {
        Path classes = project.resolve(".retort/classes");
        Path deadPid = Files.createDirectories(classes.resolve(".tmp-999999999-0c1d"));
        Path old = Files.createDirectories(classes.resolve(".tmp-4f9e2c1a-7b2d-4e1f-9a3c-1d2e3f4a5b6c"));
        Files.writeString(old.resolve("Half.class"), "x");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
        Path live = Files.createDirectories(classes.resolve(".tmp-" + ProcessHandle.current().pid() + "-5e6f"));
        Path a = write("20251016_prompt_engineering.java", DESIGN_EXAMPLE);
        try (CompiledRevisions compiled = new RevisionCompiler(project, List.of()).compile(List.of(a))) {
            assertThat(compiled.compiledFiles()).isEqualTo(1);
        }
        assertThat(deadPid).doesNotExist();
        assertThat(old).doesNotExist();
        assertThat(live).isDirectory();
    }
}
