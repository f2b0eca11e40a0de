package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlRevisionReaderTest {
    static final String DESIGN_EXAMPLE = """
            -- Add prompt engineering tables
            --
            -- Revision ID: 20251016_prompt_engineering
            -- Revises: 20251011_admin_chat
            -- Create Date: 2025-10-16 09:12:44
            -- Branch Labels:
            -- Depends On:
            -- Transaction: per-revision

            -- +upgrade
            CREATE TABLE prompt (id BIGINT PRIMARY KEY, body TEXT NOT NULL);

            -- +downgrade
            DROP TABLE prompt;
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private RetortException malformed(String content) throws IOException {
        Path file = write("bad.sql", content);
        RetortException e = catchThrowableOfType(RetortException.class, () -> SqlRevisionReader.readHeader(file));
        assertThat(e).as("expected a usage error").isNotNull();
        assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
        assertThat(e.hint()).isNotBlank();
        return e;
    }

    @Test
    void readsTheDesignExample() throws IOException {
        Path file = write("20251016_prompt_engineering.sql", DESIGN_EXAMPLE);
        RevisionHeader r = SqlRevisionReader.readHeader(file);
        assertThat(r.id()).isEqualTo("20251016_prompt_engineering");
        assertThat(r.revises()).containsExactly("20251011_admin_chat");
        assertThat(r.branchLabels()).isEmpty();
        assertThat(r.dependsOn()).isEmpty();
        assertThat(r.message()).isEqualTo("Add prompt engineering tables");
        assertThat(r.createDate()).isEqualTo("2025-10-16 09:12:44");
        assertThat(r.source().path()).isEqualTo(file);
        assertThat(r.source().format()).isEqualTo(Format.SQL);
        assertThat(r.source().lines()).isEqualTo(Map.of("message", 1, "revision", 3, "revises", 4, "create_date", 5,
                "branch_labels", 6, "depends_on", 7, "transaction", 8, "upgrade", 10));
        assertThat(r.where("revises")).isEqualTo(file + ":4");
    }

    @Test
    void keysAreCaseInsensitiveAndListsAreCommaSeparated() throws IOException {
        RevisionHeader r = SqlRevisionReader.read(dir.resolve("m.sql"), """
                --revision id:m1
                -- REVISES: a1 ,b2,  c.3
                -- branch_labels: core, api-v2
                -- depends on: other
                -- +upgrade
                """);
        assertThat(r.id()).isEqualTo("m1");
        assertThat(r.revises()).containsExactly("a1", "b2", "c.3");
        assertThat(r.branchLabels()).containsExactly("core", "api-v2");
        assertThat(r.dependsOn()).containsExactly("other");
        assertThat(r.message()).isEmpty();
        assertThat(r.isMerge()).isTrue();
    }

    @Test
    void emptyRevisesIsARootAndOtherLinesFormAMultiLineMessage() throws IOException {
        RevisionHeader r = SqlRevisionReader.read(dir.resolve("r.sql"), """
                -- Create users
                -- Note: keeps e-mail unique
                --
                -- Second paragraph.
                -- Revision ID: r1
                -- Revises:
                --

                -- +upgrade
                """);
        assertThat(r.isBase()).isTrue();
        assertThat(r.message()).isEqualTo("Create users\nNote: keeps e-mail unique\n\nSecond paragraph.");
        assertThat(r.source().line("message")).isEqualTo(1);
    }

    @Test
    void crlfAndByteOrderMarkReadTheSameAsLf() throws IOException {
        RevisionHeader lf = SqlRevisionReader.readHeader(write("a.sql", DESIGN_EXAMPLE));
        RevisionHeader crlf = SqlRevisionReader.readHeader(write("b.sql", "\uFEFF" + DESIGN_EXAMPLE.replace("\n", "\r\n")));
        assertThat(crlf.id()).isEqualTo(lf.id());
        assertThat(crlf.message()).isEqualTo(lf.message());
        assertThat(crlf.createDate()).isEqualTo(lf.createDate());
        assertThat(crlf.source().lines()).isEqualTo(lf.source().lines());
        SqlScript script = SqlRevisionReader.readScript(dir.resolve("b.sql"));
        assertThat(script.upgrade().sql()).isEqualTo("CREATE TABLE prompt (id BIGINT PRIMARY KEY, body TEXT NOT NULL);\n");
    }

    @Test
    void headerLongerThanTheFirstReadIsReadWhole() throws IOException {
        String longMessage = "x".repeat(3000);
        String content = "-- " + longMessage + "\n-- " + longMessage + "\n-- Revision ID: long1\n-- Revises: p\n\n-- +upgrade\nSELECT 1;\n";
        RevisionHeader r = SqlRevisionReader.readHeader(write("long.sql", content));
        assertThat(r.id()).isEqualTo("long1");
        assertThat(r.revises()).containsExactly("p");
        assertThat(r.message()).isEqualTo(longMessage + "\n" + longMessage);
    }

    @Test
    void headerIsReadWithoutTheBody() throws IOException {
        // A huge body after the header does not matter: only the header is parsed.
        String body = "INSERT INTO t VALUES ('" + "y".repeat(100) + "');\n";
        Path file = write("big.sql", "-- Revision ID: big\n-- Revises:\n-- +upgrade\n" + body.repeat(20_000));
        assertThat(SqlRevisionReader.readHeader(file).id()).isEqualTo("big");
    }

    @Test
    void missingRevisionIdNamesFileAndLine() throws IOException {
        RetortException e = malformed("-- Add users\n-- Revises: a\n\n-- +upgrade\n");
        assertThat(e.getMessage()).isEqualTo(dir.resolve("bad.sql") + ":1: header has no 'Revision ID:' line");
        assertThat(e.hint()).contains("-- Revision ID: <id>");
    }

    @Test
    void fileWithoutHeaderIsMalformed() throws IOException {
        assertThat(malformed("CREATE TABLE t (id INT);\n").getMessage())
                .isEqualTo(dir.resolve("bad.sql") + ":1: header has no 'Revision ID:' line");
        assertThat(malformed("").getMessage()).isEqualTo(dir.resolve("bad.sql") + ":1: header has no 'Revision ID:' line");
    }

    @Test
    void missingRevisesIsAnErrorBecauseARootMustBeExplicit() throws IOException {
        RetortException e = malformed("-- Add users\n-- Revision ID: a1\n");
        assertThat(e.getMessage()).isEqualTo(dir.resolve("bad.sql") + ":2: header has no 'Revises:' line");
        assertThat(e.hint()).isEqualTo("add '-- Revises: <parent ids, comma-separated>' (empty for the first revision)");
    }

    @Test
    void badValuesAreReportedOnTheirLine() throws IOException {
        assertThat(malformed("-- Revision ID:\n-- Revises:\n").getMessage())
                .isEqualTo(dir.resolve("bad.sql") + ":1: 'Revision ID:' is empty");
        assertThat(malformed("-- m\n-- Revision ID: add users\n-- Revises:\n").getMessage())
                .isEqualTo(dir.resolve("bad.sql") + ":2: revision id 'add users' may contain only letters, digits, '_' and '.'");
        assertThat(malformed("-- Revision ID: a\n-- Revises: b,,c\n").getMessage())
                .isEqualTo(dir.resolve("bad.sql") + ":2: empty entry in 'Revises: b,,c'");
        assertThat(malformed("-- Revision ID: a\n-- Revises: b\n-- Revises: c\n").getMessage())
                .isEqualTo(dir.resolve("bad.sql") + ":3: 'Revises:' appears twice (first on line 2)");
        assertThat(malformed("-- Revision ID: a\n-- Revises:\n-- Branch Labels: a@b\n").getMessage())
                .isEqualTo(dir.resolve("bad.sql") + ":3: Branch Labels 'a@b' may contain only letters, digits, '_', '.' and '-'");
        RetortException tx = malformed("-- Revision ID: a\n-- Revises:\n-- Transaction: maybe\n");
        assertThat(tx.getMessage()).isEqualTo(dir.resolve("bad.sql") + ":3: unknown transaction mode 'maybe'");
        assertThat(tx.hint()).isEqualTo("use 'per-revision' (the default) or 'none' (run outside a transaction)");
    }

    @Test
    void crlfErrorsCountLinesTheSame() throws IOException {
        assertThat(malformed("\uFEFF-- x\r\n-- Revision ID: a\r\n-- Revises: b,\r\n").getMessage())
                .isEqualTo(dir.resolve("bad.sql") + ":3: empty entry in 'Revises: b,'");
    }

    @Test
    void fullParseGivesSectionsTheirTextLinesAndTransaction() throws IOException {
        Path file = write("s.sql", """
                -- Build index
                -- Revision ID: s1
                -- Revises: r1
                -- Transaction: none

                -- +upgrade
                CREATE INDEX CONCURRENTLY i ON t (a);
                -- a comment in the body

                -- +downgrade
                DROP INDEX i;""");
        SqlScript script = SqlRevisionReader.readScript(file);
        assertThat(script.transaction()).isEqualTo(TransactionMode.NONE);
        assertThat(script.upgrade().sql()).isEqualTo("CREATE INDEX CONCURRENTLY i ON t (a);\n-- a comment in the body\n");
        assertThat(script.upgrade().markerLine()).isEqualTo(6);
        assertThat(script.upgrade().startLine()).isEqualTo(7);
        assertThat(script.downgrade().sql()).isEqualTo("DROP INDEX i;");
        assertThat(script.downgrade().startLine()).isEqualTo(11);
        assertThat(script.revision().source().line("upgrade")).isEqualTo(6);
        assertThat(script.revision().source().line("downgrade")).isEqualTo(10);
        assertThat(script.downgrade().isBlank()).isFalse();
    }

    @Test
    void defaultTransactionIsPerRevisionAndMissingDowngradeIsAbsent() throws IOException {
        SqlScript script = SqlRevisionReader.parse(dir.resolve("x.sql"), "-- Revision ID: x\n-- Revises:\n-- +upgrade\nSELECT 1;\n");
        assertThat(script.transaction()).isEqualTo(TransactionMode.PER_REVISION);
        assertThat(script.upgrade().startLine()).isEqualTo(4);
        assertThat(script.downgrade().isPresent()).isFalse();
        assertThat(script.downgrade().isBlank()).isTrue();
        assertThat(script.revision().source().lines()).doesNotContainKey("downgrade");
    }

    @Test
    void bodyErrorsNameFileAndLine() {
        Path file = dir.resolve("b.sql");
        RetortException outside = catchThrowableOfType(RetortException.class,
                () -> SqlRevisionReader.parse(file, "-- Revision ID: x\n-- Revises:\n\nSELECT 1;\n-- +upgrade\n"));
        assertThat(outside.getMessage()).isEqualTo(file + ":4: SQL outside a section");
        RetortException twice = catchThrowableOfType(RetortException.class,
                () -> SqlRevisionReader.parse(file, "-- Revision ID: x\n-- Revises:\n-- +upgrade\nSELECT 1;\n-- +UPGRADE\n"));
        assertThat(twice.getMessage()).isEqualTo(file + ":5: second '-- +upgrade' section (first on line 3)");
        RetortException none = catchThrowableOfType(RetortException.class,
                () -> SqlRevisionReader.parse(file, "-- Revision ID: x\n-- Revises:\n\n-- +downgrade\nDROP TABLE t;\n"));
        assertThat(none.getMessage()).isEqualTo(file + ":4: no '-- +upgrade' section");
    }

    @Test
    void markersAreRecognisedLiberally() {
        assertThat(List.of("-- +upgrade", "--+upgrade", "  --  + Upgrade  ", "-- +DOWNGRADE").stream().map(SqlRevisionReader::marker).map(String::valueOf))
                .containsExactly("upgrade", "upgrade", "upgrade", "downgrade");
        assertThat(SqlRevisionReader.marker("-- upgrade")).isNull();
        RevisionHeader r = SqlRevisionReader.read(dir.resolve("d.sql"), "-- Revision ID: x\n-- Revises:\n\n--  + Downgrade\n-- +upgrade\n");
        assertThat(r.source().lines()).containsEntry("downgrade", 4).doesNotContainKey("upgrade");
        assertThat(SqlRevisionReader.marker("-- +upgrades")).isNull();
    }

    @Test
    void perDatabaseSectionsSitBesideTheGenericOnes() {
        Path file = dir.resolve("p.sql");
        SqlScript script = SqlRevisionReader.parse(file, """
                -- Revision ID: p1
                -- Revises:
                -- +upgrade
                CREATE TABLE t (id INTEGER);
                -- +upgrade PostgreSQL
                CREATE TABLE t (id SERIAL);
                -- +downgrade
                DROP TABLE t;
                -- +downgrade mysql
                DROP TABLE `t`;
                """);
        assertThat(script.upgrade().sql()).isEqualTo("CREATE TABLE t (id INTEGER);");
        assertThat(script.upgrades()).containsOnlyKeys("postgresql");
        assertThat(script.upgrades().get("postgresql").startLine()).isEqualTo(6);
        assertThat(script.downgrades().get("mysql").sql()).isEqualTo("DROP TABLE `t`;");
        SqlScript forPostgres = script.forDatabase("postgresql"::equals);
        assertThat(forPostgres.upgrade().sql()).isEqualTo("CREATE TABLE t (id SERIAL);");
        assertThat(forPostgres.downgrade().sql()).isEqualTo("DROP TABLE t;");

        RetortException twice = catchThrowableOfType(RetortException.class, () -> SqlRevisionReader.parse(file,
                "-- Revision ID: x\n-- Revises:\n-- +upgrade mysql\nSELECT 1;\n-- +upgrade MYSQL\n"));
        assertThat(twice.getMessage()).isEqualTo(file + ":5: second '-- +upgrade mysql' section (first on line 3)");
        // only per-database upgrades is a complete file; two words after the database is a comment
        assertThat(SqlRevisionReader.parse(file, "-- Revision ID: x\n-- Revises:\n-- +upgrade sqlite\nSELECT 1;\n").upgrades())
                .containsOnlyKeys("sqlite");
        assertThat(SqlRevisionReader.marker("-- +upgrade for postgres")).isNull();
    }
}
