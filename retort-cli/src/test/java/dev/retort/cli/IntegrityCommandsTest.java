package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Integrity both ways (issue 9 §2), on each database: a downgrade never runs a file edited after
 * it was applied, a database holding a revision no file defines stops every run, transaction
 * control inside a transactional revision is refused before anything runs, a half-applied
 * revision can be recorded as finished, and an intentionally empty reverse is a no-op.
 * Each test uses its own version table and table names: the class shares one database per kind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrityCommandsTest {
    private final TestDatabases databases = new TestDatabases(IntegrityCommandsTest.class);

    @TempDir
    Path dir;

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void downgradeRefusesAFileEditedAfterItWasApplied(Kind kind) throws Exception {
        Db db = databases.get(kind);
        Project p = project("dg", kind);
        p.sql("r1", null, "CREATE TABLE dg_one (x INTEGER);", "DROP TABLE dg_one;");
        Path r2 = p.sql("r2", "r1", "CREATE TABLE dg_two (x INTEGER);", "DROP TABLE dg_two;");
        assertThat(p.run("upgrade", "head").code()).isZero();

        String original = Files.readString(r2);
        Files.writeString(r2, original.replace("-- +downgrade\nDROP TABLE dg_two;", "-- +downgrade\nDROP TABLE dg_one;"));
        CliRun.Result refused = p.run("downgrade", "-1");
        assertThat(refused.code()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.out()).doesNotContain("Running downgrade");
        assertThat(refused.err()).containsPattern("^error: migrations/versions/r2.sql: revision r2 changed after it was "
                + "applied: recorded checksum [0-9a-f]{64}, file now [0-9a-f]{64}\n"
                + "hint: review the change, then run 'retort repair --accept-checksums' to record the new checksum\n$");
        assertThat(DatabaseCommandsTest.tables(db)).contains("dg_one", "dg_two");

        Files.writeString(r2, original);
        assertThat(DatabaseCommandsTest.order(p.run("downgrade", "-1").out())).containsExactly("r2");
        assertThat(DatabaseCommandsTest.tables(db)).contains("dg_one").doesNotContain("dg_two");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAppliedRevisionNoFileDefinesStopsEveryRunAndCurrentShowsIt(Kind kind) throws Exception {
        Db db = databases.get(kind);
        Project p = project("uk", kind);
        p.sql("r1", null, "CREATE TABLE uk_one (x INTEGER);", "DROP TABLE uk_one;");
        Path r2 = p.sql("r2", "r1", "CREATE TABLE uk_two (x INTEGER);", "DROP TABLE uk_two;");
        p.sql("r3", "r2", "CREATE TABLE uk_three (x INTEGER);", "DROP TABLE uk_three;");
        assertThat(p.run("upgrade", "r2").code()).isZero();
        Files.move(r2, dir.resolve("r2.sql.bak"));
        Files.writeString(p.versions().resolve("r3.sql"), Files.readString(p.versions().resolve("r3.sql"))
                .replace("Revises: r2", "Revises: r1"));

        CliRun.Result current = p.run("current");
        assertThat(current.code()).isZero();
        assertThat(current.out()).isEqualTo("r1\nr2 (unknown: no revision file defines it; restore the file, or "
                + "'retort stamp --purge REV')\n");
        assertThat(p.run("current", "--json").out()).contains("\"unknown\" : [ \"r2\" ]").contains("\"pending\" : null");

        String error = "error: Can't locate revision identified by 'r2': the database has applied it, but no revision "
                + "file defines it\nhint: restore the missing file (from version control or the branch that wrote it), or, "
                + "if the database really is at another revision, record that with 'retort stamp --purge REV'\n";
        for (String[] command : List.of(new String[] {"upgrade", "head"}, new String[] {"downgrade", "base"},
                new String[] {"stamp", "r3"})) {
            CliRun.Result refused = p.run(command);
            assertThat(refused.code()).as(String.join(" ", command) + "\n" + refused).isEqualTo(1);
            assertThat(refused.err()).isEqualTo(error);
            assertThat(refused.out()).doesNotContain("Running");
        }
        assertThat(DatabaseCommandsTest.tables(db)).contains("uk_one", "uk_two").doesNotContain("uk_three");

        // the way out when the database really is elsewhere: record where it is
        assertThat(p.run("stamp", "--purge", "r1").code()).isZero();
        assertThat(p.run("current").out()).isEqualTo("r1\n");
        assertThat(DatabaseCommandsTest.order(p.run("upgrade", "head").out())).containsExactly("r3");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void transactionControlInATransactionalRevisionIsRefusedBeforeAnythingRuns(Kind kind) throws Exception {
        Db db = databases.get(kind);
        Project p = project("tc", kind);
        p.sql("r1", null, "CREATE TABLE tc_one (x INTEGER);", "DROP TABLE tc_one;");
        p.sql("r2", "r1", """
                CREATE TABLE tc_early (x INTEGER);
                COMMIT;
                CREATE TABLE tc_late (x INTEGER);
                INSERT INTO tc_no_such_table VALUES (1);""", "DROP TABLE tc_late;\nDROP TABLE tc_early;");
        CliRun.Result refused = p.run("upgrade", "head");
        assertThat(refused.code()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("error: migrations/versions/r2.sql:9: COMMIT inside a revision that runs in a "
                + "transaction: it would commit or discard part of the revision behind Retort's back\n"
                + "hint: remove it (Retort commits the revision itself), or run the revision outside a transaction with "
                + "'-- Transaction: none' in its header (Java: transaction = \"none\")\n");
        assertThat(refused.out()).doesNotContain("Running");
        assertThat(DatabaseCommandsTest.tables(db)).doesNotContain("tc_one", "tc_early", "tc_late");
        assertThat(p.run("lint").out()).contains("ERROR transaction-control migrations/versions/r2.sql:9 COMMIT inside");
        CliRun.Result offline = p.run("upgrade", "head", "--sql");
        assertThat(offline.code()).isEqualTo(2);
        assertThat(offline.out()).isEmpty();
        assertThat(offline.err()).startsWith("error: migrations/versions/r2.sql:9: COMMIT inside a revision");
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MARIADB", "H2"})
    void aHalfAppliedRevisionFinishedByHandIsRecordedWithRepairFinished(Kind kind) throws Exception {
        Db db = databases.get(kind);
        Project p = project("fin", kind);
        p.sql("r1", null, "CREATE TABLE fin_one (x INTEGER);", "DROP TABLE fin_one;");
        p.sql("r2", "r1", "CREATE TABLE fin_two (x INTEGER);\nINSERT INTO fin_no_such VALUES (1);",
                "DROP TABLE fin_two;\nDROP TABLE fin_no_such;");
        CliRun.Result failed = p.run("upgrade", "head");
        assertThat(failed.code()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).contains("statements 1 to 1 were committed and the revision is marked failed")
                .contains("hint: its statements 1 to 1 took effect: either undo what it committed and run 'retort repair' "
                        + "(recorded as not applied), or finish the rest by hand and run 'retort repair --finished r2' "
                        + "(recorded as applied)\n");
        assertThat(p.run("current").out()).contains("'retort repair --finished r2'");
        assertThat(p.run("doctor").out()).contains("retort repair --finished r2");
        assertThat(p.run("repair", "--finished", "r1").code()).isEqualTo(2);

        // the user creates the table and inserts the row by hand: the revision is complete
        db.execute("CREATE TABLE fin_no_such (x INTEGER)", "INSERT INTO fin_no_such VALUES (1)");
        CliRun.Result finished = p.run("repair", "--finished", "r2");
        assertThat(finished.code()).as(finished.toString()).isZero();
        assertThat(finished.out()).startsWith("Repaired 1 revision in ");
        assertThat(p.run("current").out()).isEqualTo("r2 (head)\n");
        assertThat(p.run("upgrade", "head").out()).startsWith("Nothing to upgrade");

        // a downgrade that broke half way and was finished by hand is recorded as reverted
        db.execute("DROP TABLE fin_no_such");
        CliRun.Result down = p.run("downgrade", "-1");
        assertThat(down.code()).as(down.toString()).isEqualTo(1);
        assertThat(down.err()).contains("'retort repair --finished r2' (recorded as reverted)");
        assertThat(p.run("repair", "--finished", "r2").code()).isZero();
        assertThat(p.run("current").out()).isEqualTo("r1\n");
        assertThat(DatabaseCommandsTest.tables(db)).contains("fin_one").doesNotContain("fin_two");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anIntentionallyEmptyReverseIsANoOp(Kind kind) throws Exception {
        Db db = databases.get(kind);
        Project p = project("em", kind);
        p.sql("r1", null, "CREATE TABLE em_one (x INTEGER);", "-- nothing to undo: the table keeps its rows\n;");
        p.write("R2_keep.java", """
                import dev.retort.*;

                @Revision(id = "r2", revises = "r1")
                public class R2_keep implements Migration {
                    public void upgrade(Ops op) {
                        op.execute("CREATE TABLE em_two (x INTEGER)", "");
                        op.execute("-- a comment only: nothing to run", "");
                    }
                }
                """);
        CliRun.Result up = p.run("upgrade", "head");
        assertThat(up.code()).as(up.toString()).isZero();
        CliRun.Result down = p.run("downgrade", "base");
        assertThat(down.code()).as(down.toString()).isZero();
        assertThat(DatabaseCommandsTest.order(down.out())).containsExactly("r2", "r1");
        assertThat(DatabaseCommandsTest.tables(db)).contains("em_one", "em_two");
    }

    // --- a small project per test ---------------------------------------------------------------

    private Project project(String name, Kind kind) throws IOException {
        Db db = databases.get(kind);
        String url = kind == Kind.H2 ? db.url() + ";DATABASE_TO_LOWER=TRUE" : db.url();
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("migrations/versions"));
        Files.writeString(root.resolve("retort.toml"), """
                [retort]
                script_location = "migrations"
                version_table = "%s_version"
                """.formatted(name));
        return new Project(root, url);
    }

    private record Project(Path root, String url) {
        Path versions() {
            return root.resolve("migrations/versions");
        }

        Path sql(String id, String parent, String upgrade, String downgrade) throws IOException {
            return write(id + ".sql", """
                    -- %s
                    --
                    -- Revision ID: %s
                    -- Revises: %s
                    -- Create Date: 2025-10-16 09:12:44

                    -- +upgrade
                    %s

                    -- +downgrade
                    %s
                    """.formatted(id, id, parent == null ? "" : parent, upgrade, downgrade));
        }

        Path write(String name, String text) throws IOException {
            return Files.writeString(versions().resolve(name), text);
        }

        CliRun.Result run(String... args) {
            List<String> all = new ArrayList<>(List.of(args));
            all.add("--url");
            all.add(url);
            return CliRun.run(root, all.toArray(String[]::new));
        }
    }
}
