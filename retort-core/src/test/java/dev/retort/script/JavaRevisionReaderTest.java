package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JavaRevisionReaderTest {
    private static final Path FILE = Path.of("versions", "R20251016_prompt_engineering.java");

    private static RetortException malformed(String content) {
        RetortException e = catchThrowableOfType(RetortException.class, () -> JavaRevisionReader.read(FILE, content));
        assertThat(e).as("expected a usage error").isNotNull();
        assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
        assertThat(e.hint()).isNotBlank();
        return e;
    }

    @Test
    void readsTheDesignExample() {
        RevisionHeader r = JavaRevisionReader.read(FILE, """
                import dev.retort.migration.*;

                @Revision(id = "20251016_prompt_engineering", revises = "20251011_admin_chat",
                          created = "2025-10-16 09:12:44", message = "Add prompt engineering tables")
                public class AddPromptEngineeringTables implements Migration {
                    public void upgrade(Ops op) {
                        op.createTable("prompt", t -> t.column("id", BIGINT, c -> c.primaryKey()));
                    }
                    public void downgrade(Ops op) { op.dropTable("prompt"); }
                }
                """);
        assertThat(r.id()).isEqualTo("20251016_prompt_engineering");
        assertThat(r.revises()).containsExactly("20251011_admin_chat");
        assertThat(r.createDate()).isEqualTo("2025-10-16 09:12:44");
        assertThat(r.message()).isEqualTo("Add prompt engineering tables");
        assertThat(r.branchLabels()).isEmpty();
        assertThat(r.dependsOn()).isEmpty();
        assertThat(r.source().format()).isEqualTo(Format.JAVA);
        assertThat(r.source().lines()).isEqualTo(Map.of("revision", 3, "revises", 3, "create_date", 4, "message", 4));
    }

    @Test
    void readsArraysLabelsEscapesConcatenationAndTextBlocks() {
        RevisionHeader r = JavaRevisionReader.read(FILE, """
                // @Revision(id = "commented_out")
                /* @Revision(id = "also_commented") */
                class Notes { String s = "@Revision(id = \\"in_a_string\\")"; }

                @dev.retort.migration.Revision(
                    id = "m" + "1",
                    revises = {"a1", "b2",},
                    branchLabels = {"core"},
                    dependsOn = { "lib@head".substring(0, 0) + "other" },
                    message = \"""
                        Merge "a" and b\\tnow
                        caf\\u00e9\""")
                public class M1 {}
                """.replace("\"lib@head\".substring(0, 0) + ", ""));
        assertThat(r.id()).isEqualTo("m1");
        assertThat(r.revises()).containsExactly("a1", "b2");
        assertThat(r.branchLabels()).containsExactly("core");
        assertThat(r.dependsOn()).containsExactly("other");
        assertThat(r.message()).isEqualTo("Merge \"a\" and b\tnow\ncafé");
        assertThat(r.source().line("revision")).isEqualTo(6);
        assertThat(r.source().line("depends_on")).isEqualTo(9);
    }

    @Test
    void decodesJavaStringEscapes() {
        RevisionHeader r = JavaRevisionReader.read(FILE,
                "@Revision(id = \"x\", message = \"q\\\"uote \\\\ back\\nnew \\u0041\\101 \\s.\")\nclass X {}\n");
        assertThat(r.message()).isEqualTo("q\"uote \\ back\nnew AA  .");
    }

    @Test
    void transactionAttributeIsAcceptedAndLocated() {
        RevisionHeader r = JavaRevisionReader.read(FILE, "@Revision(id = \"c1\",\n    transaction = \"none\")\nclass C {}\n");
        assertThat(r.source().line("transaction")).isEqualTo(2);
    }

    @Test
    void missingRevisesIsARoot() {
        RevisionHeader r = JavaRevisionReader.read(FILE, "@Revision(id = \"root1\")\nclass Root {}\n");
        assertThat(r.isBase()).isTrue();
        assertThat(r.message()).isEmpty();
    }

    @Test
    void crlfAndByteOrderMarkCountLinesTheSame() {
        RevisionHeader r = JavaRevisionReader.read(FILE, "\uFEFF// c\r\n\r\n@Revision(\r\n  id = \"a\",\r\n  revises = \"b\")\r\nclass A {}\r\n");
        assertThat(r.source().line("revision")).isEqualTo(4);
        assertThat(r.source().line("revises")).isEqualTo(5);
    }

    @Test
    void malformedAnnotationsNameFileAndLine() {
        assertThat(malformed("class Nothing {}\n").getMessage()).isEqualTo(FILE + ":1: no @Revision annotation");
        assertThat(malformed("\n@Revision(revises = \"a\")\nclass X {}").getMessage()).isEqualTo(FILE + ":2: @Revision has no id");
        RetortException constant = malformed("@Revision(id = \"b\",\n  revises = Parent.ID)\nclass X {}");
        assertThat(constant.getMessage()).isEqualTo(FILE + ":2: @Revision revises must be a string literal");
        assertThat(constant.hint()).contains("without compiling");
        assertThat(malformed("@Revision(id = \"b\", revision = \"a\")").getMessage())
                .isEqualTo(FILE + ":1: unknown @Revision attribute 'revision'");
        assertThat(malformed("@Revision(id = {\"a\", \"b\"})").getMessage())
                .isEqualTo(FILE + ":1: @Revision id must be one string, not an array");
        assertThat(malformed("@Revision(id = \"a b\")").getMessage())
                .isEqualTo(FILE + ":1: revision id 'a b' may contain only letters, digits, '_' and '.'");
        assertThat(malformed("@Revision(id = \"a\", id = \"b\")").getMessage())
                .isEqualTo(FILE + ":1: @Revision attribute 'id' given twice");
        assertThat(malformed("@Revision(id = \"a)\nclass X {}").getMessage())
                .isEqualTo(FILE + ":1: unclosed string literal");
        assertThat(malformed("@Revision(id = \"a\" revises = \"b\")").getMessage())
                .isEqualTo(FILE + ":1: expected ',' or ')' in @Revision");
        assertThat(malformed("@Revision(id = \"a\\q\")").getMessage())
                .isEqualTo(FILE + ":1: invalid escape sequence in string literal");
        assertThat(malformed("@Revision(id = \"a\", transaction = \"all\")").getMessage())
                .isEqualTo(FILE + ":1: unknown transaction mode 'all'");
        assertThat(malformed("@Revision(id = \"a\",").getMessage())
                .isEqualTo(FILE + ":1: @Revision needs name = value pairs");
    }
}
