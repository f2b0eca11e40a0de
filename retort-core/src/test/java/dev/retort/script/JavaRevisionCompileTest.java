package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.script.compile.CompiledRevision;
import dev.retort.script.compile.CompiledRevisions;
import dev.retort.script.compile.RevisionCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writer and the example write is real Java: it compiles, and the compiled annotation says what the text reader read. */
class JavaRevisionCompileTest {
    @TempDir
    Path dir;

    private static void assertSameMetadata(RevisionHeader compiled, RevisionHeader text) {
        assertThat(List.of(compiled.id(), compiled.revises(), compiled.branchLabels(), compiled.dependsOn(), compiled.message(),
                compiled.createDate()))
                .isEqualTo(List.of(text.id(), text.revises(), text.branchLabels(), text.dependsOn(), text.message(), text.createDate()));
    }

    @Test
    void writtenJavaRevisionsCompileInOneBatchAndAgreeWithTheTextReader() {
        ScriptDirectory scripts = new ScriptDirectory(dir.resolve("migrations"));
        RevisionWriter writer = new RevisionWriter(scripts);
        RevisionHeader first = new RevisionHeader("1f00", List.of(), List.of("core"), List.of(), "Create \"t\"\nwith a \\ in it", "2025-01-01 00:00:00", null);
        RevisionHeader second = new RevisionHeader("a.2", List.of("1f00", "x9"), List.of(), List.of("core"), "Index t", "", null);
        Path a = writer.write(new RevisionWriter.Request(first, Format.JAVA, "        op.execute(\"CREATE TABLE t (a INT)\");", ""));
        Path b = writer.write(new RevisionWriter.Request(second, Format.JAVA, "        op.createIndex(\"ix_t_a\", \"t\", \"a\");", ""));
        try (CompiledRevisions compiled = new RevisionCompiler(dir, List.of()).compile(List.of(a, b))) {
            for (Path file : List.of(a, b)) {
                CompiledRevision c = compiled.get(file);
                assertSameMetadata(c.revision(), JavaRevisionReader.read(file));
            }
        }
    }

    @Test
    void theWrittenTemplateImportsTheTypesAndHelpersARevisionUses() {
        RevisionWriter writer = new RevisionWriter(new ScriptDirectory(dir.resolve("migrations")));
        RevisionHeader header = new RevisionHeader("c0ffee", List.of(), List.of(), List.of(), "Add users", "2025-01-01 00:00:00", null);
        Path file = writer.write(new RevisionWriter.Request(header, Format.JAVA, """
                        op.createTable("users", t -> t.column("id", BIGINT, c -> c.primaryKey())
                                .column("email", varchar(200), c -> c.notNull()).column("score", Type.INTEGER));
                        op.addColumn("users", "balance", numeric(10, 2));
                        op.createIndex("users_email", "users", List.of("email"), i -> i.unique());
                        op.bulkInsert("users", List.of(Map.of("id", 1, "email", "a@b")));
                        op.renameColumn("users", "score", "points");""", ""));
        try (CompiledRevisions compiled = new RevisionCompiler(dir, List.of()).compile(List.of(file))) {
            assertThat(compiled.get(file).revision().id()).isEqualTo("c0ffee");
        }
    }

    @Test
    void theQuickstartJavaRevisionCompiles() throws IOException {
        Path versions = Path.of("..", "examples", "quickstart", "migrations", "versions");
        List<Path> javaFiles;
        try (var files = Files.list(versions)) {
            javaFiles = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(javaFiles).isNotEmpty();
        try (CompiledRevisions compiled = new RevisionCompiler(dir, List.of()).compile(javaFiles)) {
            for (Path file : javaFiles) {
                assertSameMetadata(compiled.get(file).revision(), JavaRevisionReader.read(file));
            }
        }
    }
}
