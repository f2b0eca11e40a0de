package dev.retort.doctor;

import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.repair.Applier;
import dev.retort.doctor.repair.Fixer;
import dev.retort.doctor.repair.Repair;
import dev.retort.doctor.report.DoctorReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.doctor.DoctorRequest.Mode;
import dev.retort.report.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a repair may and may not touch, byte for byte. */
class RepairTest {
    @TempDir
    Path tmp;

    @Test
    void refusesToReparentARevisionTheDatabaseApplied() {
        Path v = Fixtures.copy("filename-as-parent", tmp).resolve("versions");
        Path child = v.resolve("20251016_prompt_engineering.py");
        String before = Fixtures.read(child);
        Map<String, String> applied = new HashMap<>();
        applied.put("20251016_prompt_engineering", null);
        DoctorReport r = Doctor.run(DoctorRequest.of(v).withApplied(applied, "alembic_version").withMode(Mode.APPLY));
        assertThat(r.repair().refused()).singleElement().extracting(x -> x.describe(v)).asString()
                .contains("20251016_prompt_engineering.py:16: missing-parent not fixed")
                .contains("revision '20251016_prompt_engineering' is applied in alembic_version");
        assertThat(Fixtures.read(child)).isEqualTo(before);
        assertThat(r.outstanding()).extracting(Finding::code).containsExactly("missing-parent");
    }

    @Test
    void refusesToEditAFileWhoseChecksumTheDatabaseKeeps() throws Exception {
        Path v = Fixtures.copy("header-drift", tmp).resolve("versions");
        Path file = v.resolve("h002_next.py");
        Map<String, String> applied = Map.of("h002", dev.retort.engine.Checksums.of(Files.readAllBytes(file)));
        DoctorReport r = Doctor.run(DoctorRequest.of(v).withApplied(applied, "retort_version").withMode(Mode.FIX));
        assertThat(r.repair().refused()).singleElement().extracting(x -> x.describe(v)).asString().contains("recorded its checksum");
        assertThat(r.repair().changes()).extracting(c -> c.to().getFileName().toString()).containsExactly("h003_last.py");
    }

    @Test
    void keepsCrlfBomQuotingAndCommentsByteForByte() throws Exception {
        Path v = Fixtures.copy("filename-as-parent", tmp).resolve("versions");
        Path child = v.resolve("20251016_prompt_engineering.py");
        String crlf = "\uFEFF" + Fixtures.read(child).replace("\n", "\r\n");
        Files.write(child, crlf.getBytes(StandardCharsets.UTF_8));
        Doctor.run(DoctorRequest.of(v).withMode(Mode.APPLY));
        byte[] after = Files.readAllBytes(child);
        String expected = crlf.replace("Revises: 20251011_restore_superhuman_admin_chat", "Revises: 20251011_admin_chat")
                .replace("\"20251011_restore_superhuman_admin_chat\"", "\"20251011_admin_chat\"");
        assertThat(after).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void leavesFilesThatAreNotValidUtf8Alone() throws Exception {
        Path v = Fixtures.copy("filename-as-parent", tmp).resolve("versions");
        Path child = v.resolve("20251016_prompt_engineering.py");
        byte[] bytes = Files.readAllBytes(child);
        byte[] broken = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = '#';
        broken[bytes.length + 1] = (byte) 0xC3;
        broken[bytes.length + 2] = '\n';
        Files.write(child, broken);
        DoctorReport r = Doctor.run(DoctorRequest.of(v).withMode(Mode.APPLY));
        assertThat(r.findings()).extracting(Finding::code).contains("missing-parent");
        assertThat(r.repair().refused()).singleElement().extracting(x -> x.describe(v)).asString().contains("not valid UTF-8");
        assertThat(Files.readAllBytes(child)).isEqualTo(broken);
    }

    @Test
    void sqlRevisionGetsItsRevisesLineRewritten() {
        Path v = tmp.resolve("versions");
        Fixtures.write(v.resolve("0001_base.sql"), "-- Base\n-- Revision ID: 0001\n-- Revises:\n\n-- +upgrade\nCREATE TABLE a (id INT);\n-- +downgrade\nDROP TABLE a;\n");
        Fixtures.write(v.resolve("0002_next.sql"), "-- Next\n-- Revision ID: 0002\n-- Revises: 0001_base\n\n-- +upgrade\nCREATE TABLE b (id INT);\n-- +downgrade\nDROP TABLE b;\n");
        Fixtures.write(v.resolve("0003_last.sql"), "-- Last\r\n-- Revision ID: 0003\r\n-- Revises:\r\n-- Create Date: 2030-01-01 00:00:00\r\n\r\n-- +upgrade\r\nCREATE TABLE c (id INT);\r\n-- +downgrade\r\nDROP TABLE c;\r\n");
        DoctorReport r = Doctor.run(DoctorRequest.of(v).withMode(Mode.APPLY));
        assertThat(r.outstanding()).isEmpty();
        assertThat(Fixtures.read(v.resolve("0002_next.sql"))).contains("-- Revises: 0001\n");
        assertThat(Fixtures.read(v.resolve("0003_last.sql")))
                .startsWith("-- Last\r\n-- Revision ID: 0003\r\n-- Revises: 0002\r\n-- Create Date:");
        assertThat(Fixtures.read(v.resolve("0001_base.sql"))).contains("-- Revises:\n");
    }

    @Test
    void javaRevisionAnnotationIsRewrittenInPlace() {
        Path v = tmp.resolve("versions");
        Fixtures.write(v.resolve("V0001Base.java"), """
                @Revision(id = "0001", created = "2025-01-01 00:00:00", message = "Base")
                public class V0001Base implements Migration {
                    public void upgrade(Ops op) { op.createTable("a", t -> t.column("id", BIGINT)); }
                }
                """);
        Fixtures.write(v.resolve("V0002Next.java"), """
                @Revision(id = "0002", revises = "V0001Base", // the class before
                          created = "2025-01-02 00:00:00", message = "Next")
                public class V0002Next implements Migration {
                    public void upgrade(Ops op) { op.createTable("b", t -> t.column("id", BIGINT)); }
                    public void downgrade(Ops op) {
                        // nothing yet
                    }
                }
                """);
        DoctorReport r = Doctor.run(DoctorRequest.of(v).withMode(Mode.APPLY));
        assertThat(r.findings()).extracting(Finding::code).containsExactlyInAnyOrder("missing-parent", "empty-downgrade");
        assertThat(Fixtures.read(v.resolve("V0002Next.java"))).contains("@Revision(id = \"0002\", revises = \"0001\", // the class before\n");
        assertThat(r.outstanding()).extracting(Finding::code).containsExactly("empty-downgrade");
    }

    @Test
    void theDiffAppliesWithGit() throws Exception {
        Path project = Fixtures.copy("three-roots", tmp);
        Path v = project.resolve("versions");
        String diff = Doctor.run(DoctorRequest.of(v).withMode(Mode.FIX)).repair().diff(project);
        Path patch = tmp.resolve("fix.patch");
        Files.writeString(patch, diff);
        Process git = new ProcessBuilder("git", "apply", "--check", "-v", patch.toString()).directory(project.toFile())
                .redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as(out).isZero();
    }

    @Test
    void aFileChangedWhileDoctorRanStopsTheWholeApply() {
        Path v = Fixtures.copy("three-roots", tmp).resolve("versions");
        var files = ScriptFiles.load(v);
        Repair repair = Fixer.run(files, DoctorRequest.of(v));
        Fixtures.write(v.resolve("oauth_fields.py"), Fixtures.read(v.resolve("oauth_fields.py")) + "# edited\n");
        Map<String, String> before = Fixtures.snapshot(v);
        Map<Path, byte[]> read = new HashMap<>();
        files.forEach(f -> read.put(f.path(), f.bytes()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Applier.write(repair.changes(), read))
                .hasMessageContaining("oauth_fields.py:1: changed on disk while doctor was running; nothing was written");
        assertThat(Fixtures.snapshot(v)).isEqualTo(before);
    }
}
