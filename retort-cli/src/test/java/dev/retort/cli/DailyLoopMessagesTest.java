package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: what the daily loop prints says what happened, and what Alembic users type works. */
class DailyLoopMessagesTest {
    @TempDir
    Path dir;

    private Path project(String url) throws IOException {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"" + url + "\"\n");
        Files.createDirectories(dir.resolve("migrations/versions"));
        sql("a1_users", "a1", "", "CREATE TABLE users (id INT PRIMARY KEY);", "DROP TABLE users;");
        return dir;
    }

    private void sql(String name, String id, String revises, String up, String down) throws IOException {
        Files.writeString(dir.resolve("migrations/versions/" + name + ".sql"), "-- " + name + "\n--\n-- Revision ID: " + id
                + "\n-- Revises: " + revises + "\n-- Create Date: 2025-10-16 09:12:44\n\n-- +upgrade\n" + up + "\n"
                + (down == null ? "" : "\n-- +downgrade\n" + down + "\n"));
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(dir, Map.of(), args);
    }

    @Test
    void addNotNullSaysWhatEachDatabaseDoesAndMariaDbReallyFillsTheRows() throws Exception {
        try (ServerDatabases db = new ServerDatabases(ServerDatabases.Kind.MARIADB, dir)) {
            project(db.url);
            sql("b2_name", "b2", "a1", "ALTER TABLE users ADD COLUMN name VARCHAR(20) NOT NULL;", "ALTER TABLE users DROP COLUMN name;");
            CliRun.Result lint = run("lint");
            assertThat(lint.out()).as(lint.toString()).contains("ERROR add-not-null-without-default")
                    .contains("on PostgreSQL, SQLite and H2 the statement fails on a table with rows")
                    .contains("MySQL and MariaDB accept it, even in strict mode, and fill every existing row with the type's implicit default");
            assertThat(run("upgrade", "a1").code()).isZero();
            db.execute("INSERT INTO users (id) VALUES (1)");
            CliRun.Result up = run("upgrade", "head");
            assertThat(up.code()).as(up.toString()).isZero();
            try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM users")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEmpty(); // the value nobody chose
            }
        }
    }

    @Test
    void emptyDowngradeSaysWhatADowngradeDoesPerFormatAndWhatTheUpgradeDoes() throws IOException {
        project("jdbc:sqlite:app.db");
        sql("b2_seed", "b2", "a1", "INSERT INTO users (id) VALUES (1);", null);
        Files.writeString(dir.resolve("migrations/versions/c3_fill.java"), """
                import dev.retort.Migration;
                import dev.retort.Ops;
                import dev.retort.Revision;

                @Revision(id = "c3", revises = "b2", created = "2025-10-16 09:13:00", message = "fill")
                public class Rc3_fill implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        op.execute("INSERT INTO users (id) VALUES (2)");
                    }
                }
                """);
        CliRun.Result lint = run("lint");
        assertThat(lint.out()).as(lint.toString())
                .contains("b2_seed.sql:3 the upgrade only changes data (UPDATE, INSERT or DELETE) but the file has no '-- +downgrade'")
                .contains("'retort downgrade' past this revision runs nothing, reports success and leaves its changes in place")
                .contains("c3_fill.java:5 the upgrade only changes data")
                .contains("'retort downgrade' past this revision stops with an error before changing anything")
                .doesNotContain("changes the schema");
        assertThat(run("upgrade", "head").code()).isZero();
        CliRun.Result down = run("downgrade", "-1");
        assertThat(down.code()).as(down.toString()).isEqualTo(1);
        assertThat(down.err()).contains("downgrade of c3 failed at its start: cannot derive the downgrade")
                .contains("it was rolled back: the database is still at c3").doesNotContain("revision before it");
        assertThat(run("current").out()).startsWith("c3 (head)");
    }

    @Test
    void aFailedDowngradeOnMariaDbIsMarkedFailedOrLeftWhereItWasNotRolledBack() throws Exception {
        try (ServerDatabases db = new ServerDatabases(ServerDatabases.Kind.MARIADB, dir)) {
            project(db.url);
            sql("b2_more", "b2", "a1", "CREATE TABLE more (id INT);", "DROP TABLE nope;\nDROP TABLE more;");
            assertThat(run("upgrade", "head").code()).isZero();
            CliRun.Result first = run("downgrade", "-1");
            assertThat(first.code()).isEqualTo(1);
            assertThat(first.err()).contains("downgrade of b2 failed at statement 1 of 2")
                    .contains("nothing of it was applied (its first statement failed): the database is still at b2")
                    .doesNotContain("rolled back");
            sql("b2_more", "b2", "a1", "CREATE TABLE more (id INT);", "DROP TABLE more;\nDROP TABLE nope;");
            assertThat(run("repair", "--accept-checksums").code()).isZero();
            CliRun.Result marked = run("downgrade", "-1");
            assertThat(marked.err()).as(marked.toString()).contains("were committed and the revision is marked failed")
                    .doesNotContain("rolled back");
        }
    }

    @Test
    void stampPurgeSaysWhatItRemovedAndUpgradeMinusOnePointsToDowngrade() throws IOException {
        project("jdbc:sqlite:app.db");
        sql("b2_more", "b2", "a1", "CREATE TABLE more (id INT);", "DROP TABLE more;");
        assertThat(run("upgrade", "head").code()).isZero();
        CliRun.Result minus = run("upgrade", "-1");
        assertThat(minus.code()).isEqualTo(2);
        assertThat(minus.err()).isEqualTo("error: upgrade takes +N (steps up from the current revision): -1 would go down\n"
                + "hint: to go down 1 step, run 'retort downgrade -1'\n");
        CliRun.Result purge = run("stamp", "base", "--purge");
        assertThat(purge.code()).as(purge.toString()).isZero();
        assertThat(purge.out()).startsWith("Removed 2 rows from the version table (--purge), then stamped nothing (the database is at base) in ")
                .doesNotContain("Nothing to stamp");
    }

    @Test
    void currentAtBaseSaysSoOutsideJson() throws IOException {
        project("jdbc:sqlite:app.db");
        assertThat(run("current").out()).isEqualTo("(base: no revision applied)\n");
        assertThat(run("current", "-v").out()).contains("(base: no revision applied)\nPending: 1 (a1)");
        assertThat(run("current", "--json").out()).doesNotContain("base:");
        assertThat(run("upgrade", "head").code()).isZero();
        assertThat(run("current").out()).doesNotContain("base");
    }

    @Test
    void aMistypedCommandGetsSuggestions() throws IOException {
        project("jdbc:sqlite:app.db");
        CliRun.Result r = run("upgrad", "head");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("hint: did you mean 'upgrade'? see").doesNotContain("downgrade").doesNotContain("graph");
        assertThat(run("histroy").err()).as("a swap of two letters").contains("hint: did you mean 'history'? see")
                .doesNotContain("stamp").doesNotContain("revision");
        CliRun.Result far = run("frobnicate");
        assertThat(far.code()).isEqualTo(2);
        assertThat(far.err()).as("nothing is close: no suggestion").doesNotContain("did you mean").contains("hint: see 'retort --help'");
        assertThat(run("upgrade", "head", "--jsno").err()).contains("hint: did you mean '--json'? see 'retort upgrade --help'");
        assertThat(run("upgrade", "head", "--sqlite").err()).doesNotContain("did you mean");
    }

    @Test
    void tomlErrorsCarryLineAndColumnAndABomIsAccepted() throws IOException {
        project("jdbc:sqlite:app.db");
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = migrations\n");
        CliRun.Result bad = run("history");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: retort.toml:2:").contains(": not valid TOML: ");
        Files.write(dir.resolve("retort.toml"), ("\uFEFF[retort]\nscript_location = \"migrations\"\nurl = \"jdbc:sqlite:app.db\"\n")
                .getBytes(StandardCharsets.UTF_8));
        CliRun.Result bom = run("history");
        assertThat(bom.code()).as(bom.toString()).isZero();
        assertThat(bom.out()).contains("<base> -> a1 (head)");
    }

    @Test
    void historyVerboseShowsTheCreateDate() throws IOException {
        project("jdbc:sqlite:app.db");
        CliRun.Result r = run("history", "-v");
        assertThat(r.out()).as(r.toString()).contains("Rev: a1 (head)").contains("    Create Date: 2025-10-16 09:12:44");
    }

    @Test
    void initIgnoresWhatRunsLeaveAndNamesOnlyWhatItCreated() throws IOException {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve(".gitignore"), "target/\n.retort/");
        CliRun.Result r = run("init");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).doesNotContain("Created migrations/versions/")
                .contains("Added *.retort-lock*, app.db to .gitignore");
        assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo("target/\n.retort/\n*.retort-lock*\napp.db\n");
        assertThat(Files.readString(dir.resolve("retort.toml"))).contains("# [model]\n# schema = \"db/schema.sql\"");
        Files.delete(dir.resolve("retort.toml"));
        assertThat(run("init").out()).doesNotContain(".gitignore");
        assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo("target/\n.retort/\n*.retort-lock*\napp.db\n");
    }
}
