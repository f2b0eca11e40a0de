package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptDirectoryTest {
    @TempDir
    Path dir;

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve("migrations/versions").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String sql(String id, String revises) {
        return "-- msg " + id + "\n-- Revision ID: " + id + "\n-- Revises: " + revises + "\n\n-- +upgrade\nSELECT 1;\n\n-- +downgrade\n";
    }

    @Test
    void findsRevisionFilesRecursivelyInAlembicsWalkOrder() throws IOException {
        write("b_second.sql", sql("b", "a"));
        write("a_first.sql", sql("a", ""));
        write("2025/c_third.sql", sql("c", "b"));
        write("2025/sub/d_fourth.java", "@Revision(id = \"d\", revises = \"c\")\nclass D {}\n");
        write("README.md", "not a revision");
        write(".hidden.sql", "junk");
        write(".git/x.sql", "junk");
        write("__pycache__/x.cpython-311.pyc", "junk");
        write("notes.sql.bak", "junk");
        ScriptDirectory scripts = new ScriptDirectory(dir.resolve("migrations"));
        List<Path> files = scripts.files();
        assertThat(files).extracting(p -> scripts.versions().relativize(p).toString())
                .containsExactly("a_first.sql", "b_second.sql", "2025/c_third.sql", "2025/sub/d_fourth.java");
        assertThat(scripts.revisions()).extracting(RevisionHeader::id).containsExactly("a", "b", "c", "d");
        assertThat(scripts.revisions().get(3).source().format()).isEqualTo(Format.JAVA);
    }

    @Test
    void missingVersionsFolderIsAUsageError() {
        ScriptDirectory scripts = new ScriptDirectory(dir.resolve("nowhere"));
        RetortException e = catchThrowableOfType(RetortException.class, scripts::files);
        assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
        assertThat(e.getMessage()).isEqualTo("the versions folder " + dir.resolve("nowhere/versions") + " does not exist");
    }

    @Test
    void malformedFileStopsTheScanWithItsLocation() throws IOException {
        write("a.sql", sql("a", ""));
        write("b.sql", "-- Revision ID: b\n-- Revises: a,\n");
        RetortException e = catchThrowableOfType(RetortException.class, () -> new ScriptDirectory(dir.resolve("migrations")).revisions());
        assertThat(e.getMessage()).isEqualTo(dir.resolve("migrations/versions/b.sql") + ":2: empty entry in 'Revises: a,'");
    }

    @Test
    void sqlScriptParsesTheBodyOnRequest() throws IOException {
        write("a.sql", sql("a", ""));
        ScriptDirectory scripts = new ScriptDirectory(dir.resolve("migrations"));
        RevisionHeader header = scripts.revisions().get(0);
        assertThat(header.source().lines()).doesNotContainKey("downgrade");
        SqlScript script = scripts.sqlScript(header);
        assertThat(script.upgrade().sql()).isEqualTo("SELECT 1;\n");
        assertThat(script.downgrade().isPresent()).isTrue();
        assertThat(script.downgrade().isBlank()).isTrue();
        assertThat(script.revision().source().line("downgrade")).isEqualTo(8);
        assertThat(script.revision().id()).isEqualTo(header.id());
    }
}
