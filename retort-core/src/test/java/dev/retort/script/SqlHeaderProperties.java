package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/** Reading only the first bytes must give exactly what reading the whole file gives. */
class SqlHeaderProperties {
    private final Path dir;

    SqlHeaderProperties() throws IOException {
        dir = Files.createTempDirectory("retort-sql-header");
    }

    @AfterProperty
    void cleanUp() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Provide
    Arbitrary<List<String>> messageLines() {
        // Multi-byte characters make the 4096-byte cut land inside a character now and then.
        Arbitrary<String> line = Arbitraries.strings().withChars("abc XYZ:é日-+_.,").ofMinLength(0).ofMaxLength(400);
        return line.list().ofMinSize(0).ofMaxSize(30);
    }

    @Property(tries = 200)
    void headerFromPrefixEqualsWholeRead(@ForAll("messageLines") List<String> message, @ForAll boolean crlf) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String m : message) {
            text.append("-- ").append(m).append('\n');
        }
        text.append("-- Revision ID: r1\n-- Revises: p1, p2\n\n-- +upgrade\nSELECT 1;\n");
        String content = crlf ? text.toString().replace("\n", "\r\n") : text.toString();
        Path file = dir.resolve("r.sql");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        RevisionHeader fromPrefix = SqlRevisionReader.readHeader(file);
        RevisionHeader whole = SqlRevisionReader.read(file, content);
        assertThat(fromPrefix).isEqualTo(whole);
        assertThat(ScriptDirectory.read(file)).as("read with the file's size known").isEqualTo(whole);
        assertThat(fromPrefix.revises()).containsExactly("p1", "p2");
        assertThat(fromPrefix.source().line("revision")).isEqualTo(message.size() + 1);
    }

    @Provide
    Arbitrary<String> markerText() {
        // the words in any case, spaces and tabs (and the whitespace String.strip takes but a regex \\s does not), a database name
        return Arbitraries.oneOf(
                Arbitraries.of("upgrade", "downgrade", "UpGrade", "DOWNGRADE", "upgrades", "grade", " upgrade\t", "\u001cupgrade",
                        "upgrade postgresql", "downgrade  my_sql2", "upgrade 9db", "upgrade a b", "\u000bdowngrade\u000b"),
                Arbitraries.strings().withChars("upgradeUPGRADEdown \t\u000b\u001c_9").ofMaxLength(20));
    }

    /** The header scan ends at exactly the marker lines the full reader treats as section markers. */
    @Property(tries = 300)
    void theHeaderEndsWhereTheReaderSeesASection(@ForAll("markerText") String text) throws IOException {
        String content = "-- Revision ID: r1\n-- Revises:\n-- +" + text + "\nSELECT 1;\n";
        Path file = dir.resolve("m.sql");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        boolean section = SqlRevisionReader.marker("-- +" + text) != null;
        RevisionHeader header = SqlRevisionReader.readHeader(file);
        assertThat(header.source().lines().containsKey("upgrade") || header.source().lines().containsKey("downgrade"))
                .as("'-- +%s'", text).isEqualTo(section);
        assertThat(header.message().isEmpty()).as("'-- +%s' is the message unless it is a section", text).isEqualTo(section);
    }
}
