package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.RetortException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes a .py file holds, the reader returns a revision or a located usage error. */
class AlembicReaderProperties {
    private static final Path FILE = Path.of("versions/x.py");

    static final String TEMPLATE = """
            \"\"\"add things

            Revision ID: abc123
            Revises: def456
            Create Date: 2025-01-01 10:00:00.000000

            \"\"\"
            from alembic import op
            import sqlalchemy as sa

            revision: str = 'abc123'
            down_revision: Union[str, None] = ('def456', "ghi789",)
            branch_labels = None
            depends_on = None


            def upgrade():
                op.execute(\"\"\"CREATE TABLE t (x int)\"\"\")


            def downgrade():
                pass
            """;

    @Property(tries = 400)
    void readsOrFailsWithALocatedUsageError(@ForAll("malformed") String content) {
        try {
            AlembicScript s = AlembicReader.parse(FILE, content);
            assertThat(s.revision().id()).isNotBlank();
            for (AlembicScript.Literal l : s.downRevision().literals()) {
                assertThat(l.start()).isBetween(0, content.length());
                assertThat(l.end()).isBetween(l.start(), content.length());
            }
        } catch (RetortException e) {
            assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
            assertThat(e.getMessage()).matches("versions/x\\.py:\\d+: .+").doesNotContain("\n");
            assertThat(e.hint()).isNotBlank();
        }
    }

    @Property(tries = 200)
    void parentTuplesReadBackWhateverTheirSpelling(@ForAll("parentSpellings") String[] spelled) {
        String content = "revision = 'r'\ndown_revision" + spelled[0] + "\n";
        assertThat(AlembicReader.read(FILE, content).revises()).containsExactly(spelled[1].isEmpty() ? new String[0] : spelled[1].split(","));
    }

    @Provide
    Arbitrary<String> malformed() {
        Arbitrary<String> truncated = Arbitraries.integers().between(0, TEMPLATE.length())
                .map(n -> TEMPLATE.substring(0, n));
        Arbitrary<String> garbage = Arbitraries.bytes().array(byte[].class).ofMaxSize(600)
                .map(b -> new String(b, StandardCharsets.UTF_8));
        Arbitrary<String> invalidUtf8 = Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(b -> {
            byte[] t = TEMPLATE.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[t.length + b.length];
            int at = t.length / 2;
            System.arraycopy(t, 0, out, 0, at);
            System.arraycopy(b, 0, out, at, b.length);
            System.arraycopy(t, at, out, at + b.length, t.length - at);
            return new String(out, StandardCharsets.UTF_8);
        });
        Arbitrary<String> mutated = Combinators.combine(
                Arbitraries.integers().between(0, TEMPLATE.length()),
                Arbitraries.of("'", "\"", "\"\"\"", "(", ")", "[", ",", "\\", "#", "\r", "\n", "\uFEFF", ":", "=", "\u0000", "    ", "None"))
                .as((at, insert) -> TEMPLATE.substring(0, at) + insert + TEMPLATE.substring(at));
        Arbitrary<String> windows = Arbitraries.of(true, false).map(bom -> (bom ? "\uFEFF" : "") + TEMPLATE.replace("\n", "\r\n"));
        Arbitrary<String> huge = Arbitraries.integers().between(1000, 20000)
                .map(n -> TEMPLATE + "x = (" + "'a', ".repeat(n) + ")\n" + "# pad\n".repeat(n));
        Arbitrary<String> unbalanced = Arbitraries.of(
                "revision = 'a'\ndown_revision = ('b', 'c'\n",
                "revision = 'a'\ndown_revision = 'b\n",
                "revision = 'a'\ndown_revision = \"b'\n",
                "revision = 'a'\ndown_revision = ('b',, 'c')\n",
                "revision = 'a'\ndown_revision = ,\n",
                "revision = 'a'\ndown_revision = )\n",
                "revision = 'a'\ndown_revision = \"\"\"b\n",
                "revision = ''\ndown_revision = None\n",
                "revision = None\ndown_revision = None\n",
                "revision = ('a',)\ndown_revision = None\n",
                "revision = 'a'\ndown_revision: str\n");
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(300);
        return Arbitraries.oneOf(truncated, garbage, invalidUtf8, mutated, windows, huge, unbalanced, unicode);
    }

    @Provide
    Arbitrary<String[]> parentSpellings() {
        Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('_', '.').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> quote = Arbitraries.of("'", "\"");
        Arbitrary<String> annotation = Arbitraries.of(" = ", ": Union[str, None] = ", ": Union[str, Sequence[str], None] = ", "=");
        Arbitrary<String> item = Combinators.combine(id, quote).as((i, q) -> q + i + q);
        return Combinators.combine(annotation, item.list().ofMinSize(0).ofMaxSize(4), Arbitraries.of("()", "[]", ""),
                        Arbitraries.of(true, false))
                .as((ann, items, brackets, trailing) -> {
                    String values = String.join(", ", items);
                    String body;
                    if (items.isEmpty()) {
                        body = brackets.isEmpty() ? "None" : brackets;
                    } else if (brackets.isEmpty() && items.size() == 1 && !trailing) {
                        body = values;
                    } else if (brackets.isEmpty()) {
                        body = values + ",";
                    } else {
                        body = brackets.charAt(0) + values + (trailing ? "," : "") + brackets.charAt(1);
                    }
                    String plain = String.join(",", items.stream().map(s -> s.substring(1, s.length() - 1)).toList());
                    return new String[] {ann + body, plain};
                });
    }
}
