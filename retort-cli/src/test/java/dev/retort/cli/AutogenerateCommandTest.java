package dev.retort.cli;

import dev.retort.dialect.registry.Dialects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.dialect.ddl.DdlExecutor;
import dev.retort.Migration;
import dev.retort.schema.model.Reflector;
import dev.retort.schema.model.Schema;
import dev.retort.schema.diff.SchemaDiff;
import dev.retort.schema.ScratchDatabase;
import dev.retort.schema.model.TableFilter;
import dev.retort.script.compile.CompiledRevisions;
import dev.retort.script.compile.RevisionCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The daily loop on each database: change the model, autogenerate, upgrade, check says nothing
 * is left, downgrade gives back the schema before; and the refusals: not at head, nothing to do.
 */
// every case works in databases of its own (scratch or uniquely named): cases run concurrently
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class AutogenerateCommandTest {
    static final String V1 = """
            CREATE TABLE author (id INT NOT NULL, name VARCHAR(100) NOT NULL, CONSTRAINT pk_author PRIMARY KEY (id));
            CREATE TABLE book (id INT NOT NULL, author_id INT NOT NULL, title VARCHAR(200),
                CONSTRAINT pk_book PRIMARY KEY (id),
                CONSTRAINT fk_book_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE);
            CREATE INDEX ix_book_title ON book (title);
            """;
    static final String V2 = """
            CREATE TABLE author (id INT NOT NULL, full_name VARCHAR(100) NOT NULL, CONSTRAINT pk_author PRIMARY KEY (id));
            CREATE TABLE book (id INT NOT NULL, author_id INT NOT NULL, title VARCHAR(200), published INT DEFAULT 2000,
                CONSTRAINT pk_book PRIMARY KEY (id),
                CONSTRAINT fk_book_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE);
            CREATE TABLE review (id INT NOT NULL, book_id INT, stars INT NOT NULL, CONSTRAINT pk_review PRIMARY KEY (id),
                CONSTRAINT fk_review_book FOREIGN KEY (book_id) REFERENCES book (id), CONSTRAINT ck_stars CHECK (stars > 0));
            """;
    static final String V3 = """
            CREATE TABLE author (id INT NOT NULL, full_name VARCHAR(150) NOT NULL, CONSTRAINT pk_author PRIMARY KEY (id));
            CREATE TABLE book (id INT NOT NULL, author_id INT NOT NULL, title VARCHAR(200), published INT DEFAULT 2000,
                CONSTRAINT pk_book PRIMARY KEY (id),
                CONSTRAINT fk_book_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE);
            CREATE INDEX ix_book_published ON book (published, title);
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ServerDatabases.Kind.class)
    void autogenerateUpgradeCheckDowngrade(ServerDatabases.Kind kind) throws Exception {
        try (ServerDatabases db = new ServerDatabases(kind, dir)) {
            assertThat(CliRun.run(dir, "init").code()).isZero();
            Files.writeString(dir.resolve("retort.toml"), """
                    [retort]
                    script_location = "migrations"
                    url = "%s"

                    [model]
                    schema = "db/schema.sql"
                    """.formatted(db.url));
            Files.createDirectories(dir.resolve("db"));
            Files.writeString(dir.resolve("db/schema.sql"), V1);

            CliRun.Result check = CliRun.run(dir, "check");
            assertThat(check.code()).as(check.toString()).isEqualTo(1);
            assertThat(check.out()).contains("createTable(\"").contains("createIndex(\"");
            assertThat(check.err()).startsWith("error: the database differs from the model");
            CliRun.Result json = CliRun.run(dir, "check", "--json");
            assertThat(json.code()).isEqualTo(1);
            assertThat(json.out()).contains("\"operation\" : \"createTable\"").contains("\"changes\" : ");

            CliRun.Result first = CliRun.run(dir, "revision", "--autogenerate", "-m", "first", "--rev-id", "r1");
            assertThat(first.code()).as(first.toString()).isZero();
            assertThat(first.out()).contains("Generating migrations/versions/r1_first.sql ... done");
            migrate(dir, "upgrade", "head");
            Schema atFirst = reflect(db);
            assertThat(atFirst.tables()).hasSize(2);

            List<Path> entry;
            try (Stream<Path> cached = Files.list(dir.resolve(".retort/models"))) {
                entry = cached.sorted().toList();
            }
            // one entry: the reflected model and the source it was made from, compared before use
            assertThat(entry).as("the model of schema.sql is cached by content")
                    .extracting(f -> f.getFileName().toString().replaceAll("^[0-9a-f]+-[0-9a-f]+\\.", "KEY."))
                    .containsExactly("KEY.json", "KEY.source");
            CliRun.Result clean = CliRun.run(dir, "check");
            assertThat(clean.code()).as(clean.toString()).isZero();
            assertThat(clean.out()).isEqualTo("No changes in schema detected.\n");
            // An entry whose source differs (as after a checksum collision) is not used: here it
            // holds an empty model, which would show both tables as changes.
            Files.writeString(entry.get(0), "{\"dialect\":\"" + Dialects.fromUrl(db.url).name() + "\",\"notes\":[],\"tables\":[]}");
            Files.writeString(entry.get(1), "-- another schema.sql\n");
            CliRun.Result rebuilt = CliRun.run(dir, "check");
            assertThat(rebuilt.out()).as(rebuilt.toString()).isEqualTo("No changes in schema detected.\n");
            assertThat(Files.readString(entry.get(1))).isEqualTo(V1);

            CliRun.Result nothing = CliRun.run(dir, "revision", "--autogenerate", "-m", "nothing");
            assertThat(nothing.code()).isZero();
            assertThat(nothing.out()).contains("No changes in schema detected; no revision written.");
            assertThat(versions()).containsExactly("r1_first.sql");

            Files.writeString(dir.resolve("db/schema.sql"), V2);
            CliRun.Result second = CliRun.run(dir, "revision", "--autogenerate", "-m", "second", "--rev-id", "r2");
            assertThat(second.code()).as(second.toString()).isZero();
            String text = Files.readString(dir.resolve("migrations/versions/r2_second.sql"));
            assertThat(text).contains("-- REVIEW: column").contains("written as a rename");

            CliRun.Result notAtHead = CliRun.run(dir, "revision", "--autogenerate", "-m", "third");
            assertThat(notAtHead.code()).isEqualTo(2);
            assertThat(notAtHead.err()).contains("the database is not at head: 1 revision(s) not applied (r2)")
                    .contains("hint: run 'retort upgrade head' first");
            assertThat(CliRun.run(dir, "check").code()).isEqualTo(2);

            migrate(dir, "upgrade", "head");
            assertThat(CliRun.run(dir, "check").code()).isZero();
            migrate(dir, "downgrade", "r1");
            assertThat(SchemaDiff.diff(reflect(db), atFirst)).isEmpty();
            migrate(dir, "upgrade", "head");

            Files.writeString(dir.resolve("db/schema.sql"), V3);
            CliRun.Result java = CliRun.run(dir, "revision", "--autogenerate", "-m", "third", "--rev-id", "r3", "--format", "java");
            assertThat(java.code()).as(java.toString()).isZero();
            Path file = dir.resolve("migrations/versions/r3_third.java");
            assertThat(Files.readString(file)).containsIgnoringCase("// REVIEW: drops table review");
            Schema atSecond = reflect(db);
            try (CompiledRevisions compiled = new RevisionCompiler(dir, List.of()).compile(List.of(file));
                    Connection c = db.connect()) {
                Migration m = compiled.get(file).newInstance();
                DdlExecutor run = new DdlExecutor(Dialects.named(Dialects.fromUrl(db.url).name()).ddl(), c, s -> { });
                run.upgrade(m);
                assertThat(SchemaDiff.diff(reflect(db), model(db, V3))).as("left after the Java revision").isEmpty();
                run.downgrade(m);
            }
            assertThat(SchemaDiff.diff(reflect(db), atSecond)).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void allowEmptyWritesARevisionWithNothingToDoAndAModelIsRequired() throws Exception {
        assertThat(CliRun.run(dir, "init").code()).isZero();
        CliRun.Result none = CliRun.run(dir, "check");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("error: no model is configured").contains("hint: add a [model] section");
        Files.writeString(dir.resolve("retort.toml"), """
                [retort]
                url = "jdbc:sqlite:app.db"

                [model]
                schema = "schema.sql"
                """);
        Files.writeString(dir.resolve("schema.sql"), "");
        CliRun.Result empty = CliRun.run(dir, "revision", "--autogenerate", "--allow-empty", "-m", "empty", "--rev-id", "e1");
        assertThat(empty.code()).as(empty.toString()).isZero();
        assertThat(empty.out()).contains("writing an empty revision (--allow-empty)");
        assertThat(versions()).containsExactly("e1_empty.sql");
        Files.delete(dir.resolve("migrations/versions/e1_empty.sql"));
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE t (id INT);\nCREATE TABLE broken (;\n");
        CliRun.Result bad = CliRun.run(dir, "check");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: schema.sql:2: the statement fails on sqlite");
        assertThat(bad.err().lines()).hasSize(2);
    }

    private List<String> versions() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The model as autogenerate sees it: the DDL applied to a scratch database. */
    private static Schema model(ServerDatabases db, String ddl) throws Exception {
        Dialect dialect = Dialects.fromUrl(db.url);
        try (ScratchDatabase scratch = ScratchDatabase.open(dialect, db.url, u -> () -> java.sql.DriverManager.getConnection(u));
                Statement s = scratch.connection().createStatement()) {
            for (SqlStatement st : SqlSplitter.split(ddl, dialect.syntax())) {
                s.execute(st.sql());
            }
            return scratch.reflect(TableFilter.ALL);
        }
    }

    private static Schema reflect(ServerDatabases db) throws Exception {
        try (Connection c = db.connect()) {
            return Dialects.fromUrl(db.url).reflect(c, null,
                    TableFilter.excludingVersionTables(List.of(), List.of(), "retort_version"));
        }
    }

    /** Moves the project's database with the real upgrade/downgrade commands. */
    private static void migrate(Path dir, String command, String target) {
        CliRun.Result r = CliRun.run(dir, command, target);
        assertThat(r.code()).as(r.toString()).isZero();
    }
}
