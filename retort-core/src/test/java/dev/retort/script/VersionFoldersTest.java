package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.retort.RetortException;
import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.report.DoctorReport;
import dev.retort.doctor.DoctorRequest;
import dev.retort.report.Finding;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one walk over versions folders: graph commands and doctor read the same files. */
class VersionFoldersTest {
    @TempDir
    Path dir;

    private Path versions() throws IOException {
        return Files.createDirectories(dir.resolve("migrations/versions"));
    }

    static void revision(Path file, String id, String parent) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                \"""%s

                Revision ID: %s
                Revises: %s
                \"""
                from alembic import op

                revision = '%s'
                down_revision = %s


                def upgrade():
                    op.execute("SELECT 1")


                def downgrade():
                    op.execute("SELECT 1")
                """.formatted(id, id, parent == null ? "" : parent, id, parent == null ? "None" : "'" + parent + "'"));
    }

    private static List<String> ids(Path versions) {
        return new ScriptDirectory(versions.getParent()).revisions().stream().map(RevisionHeader::id).toList();
    }

    private static DoctorReport doctor(Path versions) {
        return Doctor.run(DoctorRequest.of(versions));
    }

    @Test
    void aSymlinkedSubfolderIsReadByDoctorAsByHeads() throws IOException {
        Path v = versions();
        revision(v.resolve("a1_first.py"), "a1", null);
        Path elsewhere = dir.resolve("shared");
        revision(elsewhere.resolve("b2_second.py"), "b2", "a1");
        revision(elsewhere.resolve("c3_third.py"), "c3", "b2");
        Files.createSymbolicLink(v.resolve("linked"), elsewhere);

        assertThat(ids(v)).containsExactly("a1", "b2", "c3");
        DoctorReport report = doctor(v);
        assertThat(report.files()).isEqualTo(3);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void aSymlinkedVersionsFolderIsFollowed() throws IOException {
        Path real = dir.resolve("real-versions");
        revision(real.resolve("a1_first.py"), "a1", null);
        revision(real.resolve("b2_second.py"), "b2", "a1");
        Files.createDirectories(dir.resolve("migrations"));
        Path v = Files.createSymbolicLink(dir.resolve("migrations/versions"), real);

        assertThat(ids(v)).containsExactly("a1", "b2");
        assertThat(doctor(v).files()).isEqualTo(2);
    }

    @Test
    void aSymlinkBackUpTheTreeIsWalkedOnce() throws IOException {
        Path v = versions();
        revision(v.resolve("a1_first.py"), "a1", null);
        revision(v.resolve("sub/b2_second.py"), "b2", "a1");
        Files.createSymbolicLink(v.resolve("sub/loop"), v);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(ids(v)).containsExactly("a1", "b2");
            DoctorReport report = doctor(v);
            assertThat(report.files()).isEqualTo(2);
            assertThat(report.findings()).extracting(Finding::code).doesNotContain("duplicate-id");
        });
    }

    @Test
    void alembicsOwnFilesAreNotRevisions() throws IOException {
        Path v = versions();
        revision(v.resolve("a1_first.py"), "a1", null);
        Files.writeString(v.resolve("env.py"), "from alembic import context\n");
        Files.writeString(v.resolve("__init__.py"), "");
        Files.writeString(v.resolve("script.py.mako"), "\"\"\"${message}\"\"\"\n");
        Files.writeString(v.resolve("README"), "Generic single-database configuration.\n");
        Files.createDirectories(v.resolve("__pycache__"));
        Files.writeString(v.resolve("__pycache__/a1_first.cpython-311.py"), "garbage");

        assertThat(ids(v)).containsExactly("a1");
        DoctorReport report = doctor(v);
        assertThat(report.files()).isEqualTo(1);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void aFifoIsRefusedWithOneLineNotWaitedOn() throws Exception {
        Path v = versions();
        revision(v.resolve("a1_first.py"), "a1", null);
        Path fifo = v.resolve("b2_pipe.py");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> ids(v)).isInstanceOf(RetortException.class)
                    .hasMessageContaining("b2_pipe.py:1: not a regular file");
            DoctorReport report = doctor(v);
            assertThat(report.findings()).extracting(Finding::code).containsExactly("unreadable-revision");
            assertThat(report.findings().get(0).message()).contains("not a regular file");
        });
    }

    @Test
    void aHugeFileIsRefusedUnread() throws IOException {
        Path v = versions();
        revision(v.resolve("a1_first.py"), "a1", null);
        Path huge = v.resolve("b2_dump.sql");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(VersionFolders.MAX_FILE_BYTES + 1); // sparse: no disk used
        }
        assertThatThrownBy(() -> ids(v)).isInstanceOf(RetortException.class)
                .hasMessageContaining("b2_dump.sql:1: 16 MB is more than the 16 MB a revision file may have");
        DoctorReport report = doctor(v);
        assertThat(report.findings()).extracting(Finding::code).containsExactly("unreadable-revision");
    }

    @Test
    void filesComeSortedBeforeSubfoldersAsAlembicWalks() throws IOException {
        Path v = versions();
        revision(v.resolve("b_top.py"), "b", null);
        revision(v.resolve("a/x.py"), "x", null);
        revision(v.resolve("c_top.py"), "c", null);
        revision(v.resolve("a/b/y.py"), "y", null);
        revision(v.resolve("a_sub_sibling.py"), "s", null);
        assertThat(new ScriptDirectory(v.getParent()).files()).extracting(p -> v.relativize(p).toString())
                .containsExactly("a_sub_sibling.py", "b_top.py", "c_top.py", "a/x.py", "a/b/y.py");
    }
}
