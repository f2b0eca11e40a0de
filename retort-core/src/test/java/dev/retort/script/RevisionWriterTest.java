package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionWriterTest {
    @TempDir
    Path dir;

    private ScriptDirectory scripts() {
        return new ScriptDirectory(dir.resolve("migrations"));
    }

    private static RevisionHeader sample() {
        return new RevisionHeader("1a2b3c4d5e6f", List.of("aaa", "bbb"), List.of("core"), List.of("lib.x"),
                "Merge \"core\" and lib\nSecond line with a \\ backslash", "2025-10-16 09:12:44", null);
    }

    private static void assertSameMetadata(RevisionHeader back, RevisionHeader written) {
        assertThat(back.id()).isEqualTo(written.id());
        assertThat(back.revises()).isEqualTo(written.revises());
        assertThat(back.branchLabels()).isEqualTo(written.branchLabels());
        assertThat(back.dependsOn()).isEqualTo(written.dependsOn());
        assertThat(back.message()).isEqualTo(written.message());
        assertThat(back.createDate()).isEqualTo(written.createDate());
    }

    @Test
    void sqlRevisionReadsBackIdentically() {
        Path file = new RevisionWriter(scripts()).write(new RevisionWriter.Request(sample(), Format.SQL));
        assertThat(file).isEqualTo(dir.resolve("migrations/versions/1a2b3c4d5e6f_merge_core_and_lib_second_line_with_a_.sql"));
        RevisionHeader back = SqlRevisionReader.readHeader(file);
        assertSameMetadata(back, sample());
        SqlScript script = SqlRevisionReader.readScript(file);
        assertThat(script.upgrade().isPresent()).isTrue();
        assertThat(script.downgrade().isPresent()).isTrue();
        assertThat(script.transaction()).isEqualTo(TransactionMode.PER_REVISION);
    }

    @Test
    void sqlRevisionLooksLikeTheDesign() {
        RevisionHeader r = new RevisionHeader("20251016_prompt_engineering", List.of("20251011_admin_chat"), List.of(), List.of(),
                "Add prompt engineering tables", "2025-10-16 09:12:44", null);
        String text = new RevisionWriter(scripts()).render(
                new RevisionWriter.Request(r, Format.SQL, "CREATE TABLE prompt (id BIGINT PRIMARY KEY);", "DROP TABLE prompt;"));
        assertThat(text).isEqualTo("""
                -- Add prompt engineering tables
                --
                -- Revision ID: 20251016_prompt_engineering
                -- Revises: 20251011_admin_chat
                -- Create Date: 2025-10-16 09:12:44
                -- Branch Labels:
                -- Depends On:
                -- Transaction: per-revision

                -- +upgrade
                CREATE TABLE prompt (id BIGINT PRIMARY KEY);

                -- +downgrade
                DROP TABLE prompt;
                """);
    }

    @Test
    void javaRevisionReadsBackIdentically() throws IOException {
        Path file = new RevisionWriter(scripts()).write(new RevisionWriter.Request(sample(), Format.JAVA));
        assertThat(file.getFileName().toString()).isEqualTo("1a2b3c4d5e6f_merge_core_and_lib_second_line_with_a_.java");
        String text = Files.readString(file);
        assertThat(text).contains("public class R1a2b3c4d5e6f_merge_core_and_lib_second_line_with_a_ implements Migration");
        assertThat(text).contains("revises = {\"aaa\", \"bbb\"}");
        assertSameMetadata(JavaRevisionReader.read(file), sample());
    }

    @Test
    void singleParentAndRootRenderAsJavaLiterals() {
        RevisionHeader child = new RevisionHeader("abc", List.of("root1"), List.of(), List.of(), "", "", null);
        String text = new RevisionWriter(scripts()).render(new RevisionWriter.Request(child, Format.JAVA));
        assertThat(text).contains("@Revision(id = \"abc\", revises = \"root1\",\n          branchLabels = {}, dependsOn = {},");
        assertThat(RevisionWriter.fileName(child, Format.JAVA)).isEqualTo("abc.java");
        assertThat(RevisionWriter.fileName(child, Format.SQL)).isEqualTo("abc.sql");
        RevisionHeader root = RevisionHeader.of("r.1");
        assertSameMetadata(JavaRevisionReader.read(Path.of("x.java"),
                new RevisionWriter(scripts()).render(new RevisionWriter.Request(root, Format.JAVA))), root);
        assertThat(RevisionWriter.className(root)).isEqualTo("r_1");
    }

    @Test
    void projectTemplateOverridesTheShippedOne() throws IOException {
        Files.createDirectories(scripts().templates());
        Files.writeString(scripts().templates().resolve("revision.sql.tmpl"),
                "-- ${message}\n-- Revision ID: ${revision}\n-- Revises: ${revises}\n-- Reviewed-by: nobody yet\n\n-- +upgrade\nBEGIN; -- house style\n${upgrade}\n");
        RevisionHeader r = new RevisionHeader("x1", List.of("p"), List.of(), List.of(), "House style", "", null);
        Path file = new RevisionWriter(scripts()).write(new RevisionWriter.Request(r, Format.SQL));
        assertThat(Files.readString(file)).contains("BEGIN; -- house style").contains("-- Reviewed-by: nobody yet");
        RevisionHeader back = SqlRevisionReader.readHeader(file);
        assertThat(back.id()).isEqualTo("x1");
        assertThat(back.message()).isEqualTo("House style\nReviewed-by: nobody yet");
    }

    @Test
    void unknownPlaceholderInATemplateIsAUsageError() throws IOException {
        Files.createDirectories(scripts().templates());
        Files.writeString(scripts().templates().resolve("revision.java.tmpl"), "// ${revison}\n");
        RetortException e = catchThrowableOfType(RetortException.class,
                () -> new RevisionWriter(scripts()).render(new RevisionWriter.Request(RevisionHeader.of("a"), Format.JAVA)));
        assertThat(e.getMessage()).isEqualTo("the java revision template has an unknown placeholder '${revison}'");
        assertThat(e.hint()).startsWith("known placeholders: revision, revises,");
    }

    @Test
    void neverOverwritesAnExistingFile() throws IOException {
        RevisionWriter writer = new RevisionWriter(scripts());
        Path first = writer.write(new RevisionWriter.Request(RevisionHeader.of("a"), Format.SQL));
        String before = Files.readString(first);
        RetortException e = catchThrowableOfType(RetortException.class,
                () -> writer.write(new RevisionWriter.Request(RevisionHeader.of("a", "z"), Format.SQL)));
        assertThat(e.getMessage()).isEqualTo(first + " already exists");
        assertThat(Files.readString(first)).isEqualTo(before);
    }

    @Test
    void messageLinesThatWouldBeReadAsHeaderKeysAreRefused() {
        RevisionHeader r = new RevisionHeader("a", List.of(), List.of(), List.of(), "Fix things\nRevises: everything", "", null);
        RetortException e = catchThrowableOfType(RetortException.class,
                () -> new RevisionWriter(scripts()).render(new RevisionWriter.Request(r, Format.SQL)));
        assertThat(e.getMessage()).isEqualTo("the message line 'Revises: everything' would be read back as part of the SQL header");
        RevisionHeader ok = new RevisionHeader("a", List.of(), List.of(), List.of(), "Fix: things", "", null);
        assertThat(new RevisionWriter(scripts()).render(new RevisionWriter.Request(ok, Format.SQL))).startsWith("-- Fix: things\n");
    }

    @Test
    void slugsFollowAlembic() {
        assertThat(RevisionWriter.slug("Add user phone")).isEqualTo("add_user_phone");
        assertThat(RevisionWriter.slug("  Café: add  'menu'  table!! ")).isEqualTo("cafe_add_menu_table");
        assertThat(RevisionWriter.slug("")).isEmpty();
        assertThat(RevisionWriter.slug("this message is long enough to be cut at a word boundary"))
                .isEqualTo("this_message_is_long_enough_to_be_cut_");
    }

    @Test
    void idsAndDatesHaveTheirFormats() {
        assertThat(RevisionWriter.randomId(new Random(1))).matches("[0-9a-f]{12}");
        assertThat(RevisionWriter.randomId(new Random(1))).isEqualTo(RevisionWriter.randomId(new Random(1)));
        Clock clock = Clock.fixed(Instant.parse("2025-10-16T09:12:44.789Z"), ZoneOffset.UTC);
        assertThat(RevisionWriter.createDate(clock)).isEqualTo("2025-10-16 09:12:44");
        assertThat(RevisionWriter.normalizeMessage("  a \r\n  b  \n\n")).isEqualTo("a\nb");
    }
}
