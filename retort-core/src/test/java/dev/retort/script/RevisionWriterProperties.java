package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the writer renders, the reader gives back the same metadata. */
class RevisionWriterProperties {
    private static final RevisionWriter WRITER = new RevisionWriter(new ScriptDirectory(Path.of("unused")));

    @Provide
    Arbitrary<RevisionHeader> revisions() {
        Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'f').withCharRange('0', '9').withChars('_', '.')
                .ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> message = Arbitraries.strings().withCharRange(' ', '~').withChars('é', '\n', '\t', '日')
                .ofMaxLength(80).map(RevisionWriter::normalizeMessage)
                // Lines starting with a header key are refused by the SQL writer; keep them out here.
                .filter(m -> !m.toLowerCase().matches("(?s)(^|.*\n)[a-z _-]{0,20}:.*") && !m.matches("(?s)(^|.*\n)\\s*\\+.*"));
        Arbitrary<String> date = Arbitraries.strings().withCharRange('0', '9').withChars('-', ':', ' ').ofMaxLength(19).map(String::strip);
        return Combinators.combine(id, id.list().ofMaxSize(3), label.list().ofMaxSize(2), label.list().ofMaxSize(2), message, date)
                .as((i, revises, labels, deps, m, d) -> new RevisionHeader(i, revises, labels, deps, m, d, null));
    }

    @Property(tries = 300)
    void sqlRoundTrip(@ForAll("revisions") RevisionHeader r) {
        RevisionHeader back = SqlRevisionReader.read(Path.of("r.sql"), WRITER.render(new RevisionWriter.Request(r, Format.SQL)));
        assertThat(back.id()).isEqualTo(r.id());
        assertThat(back.revises()).isEqualTo(r.revises());
        assertThat(back.branchLabels()).isEqualTo(r.branchLabels());
        assertThat(back.dependsOn()).isEqualTo(r.dependsOn());
        assertThat(back.message()).isEqualTo(r.message());
        assertThat(back.createDate()).isEqualTo(r.createDate());
    }

    @Property(tries = 300)
    void javaRoundTrip(@ForAll("revisions") RevisionHeader r) {
        RevisionHeader back = JavaRevisionReader.read(Path.of("R.java"), WRITER.render(new RevisionWriter.Request(r, Format.JAVA)));
        assertThat(List.of(back.id(), back.revises(), back.branchLabels(), back.dependsOn(), back.message(), back.createDate()))
                .isEqualTo(List.of(r.id(), r.revises(), r.branchLabels(), r.dependsOn(), r.message(), r.createDate()));
    }
}
