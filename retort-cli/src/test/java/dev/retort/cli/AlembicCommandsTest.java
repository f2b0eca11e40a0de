package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 12: the commands and options Alembic users type — show REV --sql and -x key=value. */
class AlembicCommandsTest {
    @TempDir
    Path dir;

    private void project(String url) throws IOException {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"" + url + "\"\n");
        Files.createDirectories(dir.resolve("migrations/versions"));
    }

    private void sql(String name, String id, String revises, String up, String down) throws IOException {
        Files.writeString(dir.resolve("migrations/versions/" + name + ".sql"), "-- " + name + "\n--\n-- Revision ID: " + id
                + "\n-- Revises: " + revises + "\n-- Create Date: 2025-10-16 09:12:44\n\n-- +upgrade\n" + up + "\n"
                + (down == null ? "" : "\n-- +downgrade\n" + down + "\n"));
    }

    /** A Java revision creating the table that -x table names, with the -x note as a row (or "none"). */
    private void javaReadingX(String id, String revises) throws IOException {
        Files.writeString(dir.resolve("migrations/versions/" + id + "_x.java"), """
                import dev.retort.Migration;
                import dev.retort.Ops;
                import dev.retort.Revision;

                @Revision(id = "%s", %screated = "2025-10-16 09:13:00", message = "reads -x")
                public class R%s_x implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        op.createTable(op.x("table"), t -> t.column("note", TEXT));
                        op.execute("INSERT INTO " + op.x("table") + " (note) VALUES ('" + op.x("note", "none") + "')");
                    }

                    @Override
                    public void downgrade(Ops op) {
                        op.dropTable(op.x("table"));
                    }
                }
                """.formatted(id, revises.isEmpty() ? "" : "revises = \"" + revises + "\", ", id));
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(dir, Map.of(), args);
    }

    @Test
    void showSqlPrintsOneRevisionsUpgradeOrDowngradeForAnyDialectWithoutConnecting() throws IOException {
        Path project = CliRun.quickstart(dir);
        // a url nothing listens on: show --sql must not connect
        Map<String, String> env = Map.of("RETORT_URL", "jdbc:postgresql://127.0.0.1:1/none");
        CliRun.Result up = CliRun.run(project, env, "show", "1a7f", "--sql");
        assertThat(up.code()).as(up.toString()).isZero();
        assertThat(up.out()).contains("CREATE TABLE users (").doesNotContain("DROP TABLE").doesNotContain("retort_version");
        CliRun.Result down = CliRun.run(project, env, "show", "1a7f3c9e2b10", "--sql", "--downgrade");
        assertThat(down.out()).as(down.toString()).isEqualTo("DROP TABLE users;\n");

        // a Java revision is rendered through the DSL, per dialect, its downgrade derived
        CliRun.Result pg = CliRun.run(project, env, "show", "head", "--sql");
        assertThat(pg.out()).as(pg.toString()).isEqualTo("CREATE INDEX \"ix_users_email\" ON \"users\" (\"email\");\n");
        CliRun.Result mysql = CliRun.run(project, env, "show", "head", "--sql", "--dialect", "mysql");
        assertThat(mysql.out()).as(mysql.toString()).contains("CREATE INDEX `ix_users_email` ON `users`");
        CliRun.Result javaDown = CliRun.run(project, env, "show", "6fc2", "--sql", "--downgrade", "--dialect", "sqlite");
        assertThat(javaDown.out()).as(javaDown.toString()).containsIgnoringCase("DROP INDEX \"ix_users_email\"");
    }

    @Test
    void showSqlMistakesExitTwo() throws IOException {
        Path project = CliRun.quickstart(dir);
        CliRun.Result downAlone = CliRun.run(project, "show", "head", "--downgrade");
        assertThat(downAlone.code()).isEqualTo(2);
        assertThat(downAlone.err()).startsWith("error: --downgrade only applies to show --sql\n");
        CliRun.Result heads = CliRun.run(project, "show", "nope", "--sql", "--dialect", "h2");
        assertThat(heads.code()).isEqualTo(2);
        assertThat(heads.err()).contains("nope");
        CliRun.Result noDialect = CliRun.run(project, Map.of("DATABASE_URL", ""), "show", "head", "--sql", "--url", "");
        assertThat(noDialect.code()).as(noDialect.toString()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = ServerDatabases.Kind.class, names = {"SQLITE", "POSTGRESQL"})
    void xArgumentsReachSqlAndJavaRevisionsAndChecksumsStayTheFiles(ServerDatabases.Kind kind) throws Exception {
        try (ServerDatabases db = new ServerDatabases(kind, dir)) {
            project(db.url);
            sql("a1_tenants", "a1", "", "CREATE TABLE tenants (name VARCHAR(40));\nINSERT INTO tenants (name) VALUES ('${x.tenant}');",
                    "DROP TABLE tenants;");
            javaReadingX("b2", "a1");

            CliRun.Result offline = run("show", "a1", "--sql", "-x", "tenant=acme");
            assertThat(offline.out()).as(offline.toString()).contains("INSERT INTO tenants (name) VALUES ('acme');");
            CliRun.Result java = run("show", "b2", "--sql", "-x", "table=notes", "-x", "note=hi");
            assertThat(java.out()).as(java.toString()).contains("INSERT INTO notes (note) VALUES ('hi')");

            CliRun.Result up = run("upgrade", "head", "-x", "tenant=acme", "-x", "table=notes", "-x", "note=first");
            assertThat(up.code()).as(up.toString()).isZero();
            assertThat(rows(db, "SELECT name FROM tenants")).containsExactly("acme");
            assertThat(rows(db, "SELECT note FROM notes")).containsExactly("first");

            // other values next time are not a changed file: the checksum is the text as written
            CliRun.Result down = run("downgrade", "a1", "-x", "table=notes");
            assertThat(down.code()).as(down.toString()).isZero();
            CliRun.Result again = run("upgrade", "head", "-x", "tenant=other", "-x", "table=notes");
            assertThat(again.code()).as(again.toString()).isZero();
            assertThat(rows(db, "SELECT note FROM notes")).containsExactly("none");
        }
    }

    @Test
    void anUnknownPlaceholderNamesFileLineAndKeyAndChangesNothing() throws Exception {
        try (ServerDatabases db = new ServerDatabases(ServerDatabases.Kind.SQLITE, dir)) {
            project(db.url);
            sql("a1_tenants", "a1", "", "CREATE TABLE tenants (name VARCHAR(40));\nINSERT INTO tenants (name) VALUES ('${x.tenant}');",
                    null);
            CliRun.Result up = run("upgrade", "head", "-x", "tennant=acme");
            assertThat(up.code()).as(up.toString()).isEqualTo(2);
            assertThat(up.err()).isEqualTo("error: " + Path.of("migrations/versions/a1_tenants.sql") + ":9: placeholder ${x.tenant}"
                    + " names no -x argument\nhint: pass -x tenant=VALUE (given: tennant)\n");
            try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getTables(null, null, "tenants", null)) {
                assertThat(rs.next()).as("the revision did not run").isFalse();
            }
            CliRun.Result java = run("show", "a1", "--sql");
            assertThat(java.code()).isEqualTo(2);
            assertThat(java.err()).contains("a1_tenants.sql:9: placeholder ${x.tenant} names no -x argument");
        }
    }

    @Test
    void aJavaRevisionReadingAMissingArgumentSaysWhichAndBadArgumentsAreRefused() throws Exception {
        project("jdbc:sqlite:app.db");
        javaReadingX("b2", "");
        CliRun.Result missing = run("upgrade", "head");
        // the revision asked while running: a failed (rolled back) run, exit 1
        assertThat(missing.code()).as(missing.toString()).isEqualTo(1);
        assertThat(missing.err()).contains("the revision reads -x table, and the command line gives none")
                .contains("rolled back");
        CliRun.Result badKey = run("upgrade", "head", "-x", "no good=1");
        assertThat(badKey.code()).isEqualTo(2);
        assertThat(badKey.err()).startsWith("error: -x 'no good' is not a key a revision can read\n");
        CliRun.Result control = run("show", "b2", "--sql", "-x", "table=t\u001b[2J");
        assertThat(control.code()).isEqualTo(2);
        assertThat(control.err()).contains("the value of -x table holds a control character").doesNotContain("\u001b");
        CliRun.Result notForHistory = run("history", "-x", "a=b");
        assertThat(notForHistory.code()).isEqualTo(2);
    }

    @Test
    void valuesOfSecretLookingKeysAreNeverPrinted() throws Exception {
        project("jdbc:sqlite:app.db");
        sql("a1_role", "a1", "", "CREATE USER app IDENTIFIED BY '${x.app_password}';", null);
        CliRun.Result show = run("show", "a1", "--sql", "-x", "app_password=hunter2-secret");
        assertThat(show.code()).as(show.toString()).isZero();
        assertThat(show.out()).contains("CREATE USER app IDENTIFIED BY '").doesNotContain("hunter2-secret");
        assertThat(show.err()).doesNotContain("hunter2-secret");
    }

    @Test
    void revisionTemplatesReadXArguments() throws Exception {
        project("jdbc:sqlite:app.db");
        Files.createDirectories(dir.resolve("migrations/templates"));
        Files.writeString(dir.resolve("migrations/templates/revision.sql.tmpl"), """
                -- ${message}
                --
                -- Revision ID: ${revision}
                -- Revises: ${revises}
                -- Create Date: ${create_date}
                -- Ticket: ${x.ticket}

                -- +upgrade
                ${upgrade}
                """);
        CliRun.Result missing = run("revision", "-m", "first");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: the sql revision template names ${x.ticket}, and no -x ticket was given\n");
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            assertThat(files).isEmpty();
        }
        CliRun.Result made = run("revision", "-m", "first", "-x", "ticket=OPS-42");
        assertThat(made.code()).as(made.toString()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            assertThat(Files.readString(all.get(0))).contains("-- Ticket: OPS-42\n");
        }
    }

    @Test
    void verifyPassesXArgumentsToTheRevisions() throws Exception {
        project("jdbc:sqlite:app.db");
        javaReadingX("b2", "");
        CliRun.Result ok = run("verify", "-x", "table=notes");
        assertThat(ok.code()).as(ok.toString()).isZero();
        CliRun.Result missing = run("verify");
        assertThat(missing.code()).as(missing.toString()).isNotZero();
        assertThat(missing.out() + missing.err()).contains("-x table");
    }

    private static List<String> rows(ServerDatabases db, String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
