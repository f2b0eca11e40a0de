package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Scratch work never touches a real database: a hostile corpus run through verify (as a
 * revision), check and revision --autogenerate (as the model's schema.sql) on each database,
 * with the configured database (and on the servers, a second real database) holding tables
 * and rows whose schema and row counts must be the same afterwards. What names another
 * database or reaches files is refused with file:line and exit 2; the rest runs in the scratch
 * database, where it harms nothing.
 */
// every case works in databases of its own (scratch or uniquely named): cases run concurrently
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
@org.junit.jupiter.api.Order(1) // one of the longest classes here: starts first
class ScratchSafetyTest {
    @TempDir
    Path dir;

    /** One hostile text; {@code refused}: a statement check must stop it before anything runs. */
    private record Case(String sql, boolean refused) {}

    private static List<Case> corpus(ServerDatabases.Kind kind) {
        return switch (kind) {
            case POSTGRESQL -> List.of(
                    new Case("DROP TABLE public.legacy;", false),
                    new Case("DROP SCHEMA public CASCADE;", false),
                    new Case("SET search_path TO public;\nDROP TABLE legacy;", false),
                    new Case("COMMIT;\nDROP TABLE IF EXISTS legacy;", false),
                    new Case("TRUNCATE public.legacy;", false),
                    new Case("INSERT INTO public.legacy SELECT * FROM public.legacy;", false),
                    new Case("CREATE TABLE legacy (id INT);\nDROP TABLE public.legacy;", false),
                    new Case("DROP DATABASE {other};", true),
                    new Case("ALTER DATABASE {own} RENAME TO gone;", false),
                    new Case("SELECT dblink_exec('dbname={own}', 'DROP TABLE legacy');", true));
            case MARIADB -> List.of(
                    new Case("USE {other};\nDROP TABLE IF EXISTS users;", true),
                    new Case("DROP TABLE {other}.users;", true),
                    new Case("CREATE TABLE {other}.audit_trail (id INT);", true),
                    new Case("CREATE TABLE t (id INT);\nRENAME TABLE t TO {other}.t2;", true),
                    new Case("INSERT INTO {other}.users SELECT * FROM {other}.users;", true),
                    new Case("INSERT INTO users SELECT * FROM `{other}`.`users`;", true),
                    new Case("DROP DATABASE {other};", true),
                    new Case("/*!40101 USE {other} */;\nDELETE FROM users;", true),
                    new Case("USE {own};\nDROP TABLE IF EXISTS users;", false),
                    new Case("DROP TABLE {own}.legacy;", false),
                    new Case("DELETE FROM {own}.users;", false),
                    new Case("COMMIT;\nDELETE FROM users;", false),
                    new Case("SET search_path TO public;", false));
            case SQLITE -> List.of(
                    new Case("ATTACH DATABASE '{file}' AS real;\nDROP TABLE real.legacy;", true),
                    new Case("VACUUM INTO '{dir}/copy.db';", true),
                    new Case("DROP TABLE legacy;", false),
                    new Case("DROP TABLE main.legacy;", false),
                    new Case("COMMIT;\nDELETE FROM legacy;", false));
            case H2 -> List.of(
                    new Case("CREATE LINKED TABLE l('org.h2.Driver', '{url}', '', '', 'LEGACY');\nDELETE FROM l;", true),
                    new Case("CALL LINK_SCHEMA('X', '', '{url}', '', '', 'PUBLIC');", true),
                    new Case("RUNSCRIPT FROM '{dir}/x.sql';", true),
                    new Case("CALL CSVWRITE('{dir}/out.csv', 'SELECT 1');", true),
                    new Case("SCRIPT TO '{dir}/dump.sql';", true),
                    new Case("DROP TABLE legacy;", false),
                    new Case("COMMIT;\nDROP TABLE IF EXISTS legacy;", false));
        };
    }

    @ParameterizedTest
    @EnumSource(ServerDatabases.Kind.class)
    void theHostileCorpusLeavesTheRealDatabasesAsTheyWere(ServerDatabases.Kind kind) throws Exception {
        boolean server = kind == ServerDatabases.Kind.POSTGRESQL || kind == ServerDatabases.Kind.MARIADB;
        try (ServerDatabases db = new ServerDatabases(kind, dir); ServerDatabases other = server ? new ServerDatabases(kind, dir) : null) {
            fill(db);
            if (other != null) {
                fill(other);
            }
            Path verify = project(dir.resolve("verify"), db.url, "");
            Path model = project(dir.resolve("model"), db.url, "\n[model]\nschema = \"schema.sql\"\n");
            Map<String, Long> before = snapshot(db);
            Map<String, Long> otherBefore = other == null ? null : snapshot(other);
            List<String> outcomes = new ArrayList<>();
            for (Case c : corpus(kind)) {
                String sql = c.sql().replace("{other}", other == null ? "x" : other.name()).replace("{own}", db.name())
                        .replace("{file}", db.url.substring(db.url.lastIndexOf(':') + 1)).replace("{url}", db.url)
                        .replace("{dir}", dir.toString());
                Files.writeString(verify.resolve("migrations/versions/r1_hostile.sql"),
                        "-- hostile\n--\n-- Revision ID: r1\n-- Revises:\n\n-- +upgrade\n" + sql + "\n\n-- +downgrade\nSELECT 1;\n");
                Files.writeString(model.resolve("schema.sql"), "CREATE TABLE kept (id INT PRIMARY KEY);\n" + sql + "\n");
                List<CliRun.Result> runs = List.of(CliRun.run(verify, "verify"), CliRun.run(model, "check"),
                        CliRun.run(model, "revision", "--autogenerate", "-m", "hostile"));
                try (Stream<Path> written = Files.list(model.resolve("migrations/versions"))) {
                    for (Path p : written.toList()) {
                        Files.delete(p);
                    }
                }
                for (CliRun.Result r : runs) {
                    outcomes.add(sql.lines().findFirst().orElse("") + " -> " + r.code());
                    assertThat(snapshot(db)).as("%s\n%s", sql, r).isEqualTo(before);
                    if (other != null) {
                        assertThat(snapshot(other)).as("%s\n%s", sql, r).isEqualTo(otherBefore);
                    }
                    assertThat(r.err()).as("%s\n%s", sql, r).doesNotContain("internal error");
                    if (c.refused()) {
                        assertThat(r.code()).as("%s\n%s", sql, r).isEqualTo(2);
                        assertThat(r.err()).as("%s\n%s", sql, r).matches("(?s)error: \\S*(r1_hostile|schema)\\.sql:\\d+: .*\nhint: .*");
                    }
                }
            }
            assertThat(outcomes).hasSize(3 * corpus(kind).size());
        }
    }

    @org.junit.jupiter.api.Test
    void aServerMeantForScratchWorkMayBeNamedAndThenOtherDatabasesMayBeRead() throws Exception {
        try (ServerDatabases db = new ServerDatabases(ServerDatabases.Kind.MARIADB, dir);
                ServerDatabases other = new ServerDatabases(ServerDatabases.Kind.MARIADB, dir)) {
            fill(other);
            String read = "CREATE TABLE copied AS SELECT * FROM " + other.name() + ".users;";
            Path verify = project(dir.resolve("verify"), db.url, "");
            Files.writeString(verify.resolve("migrations/versions/r1_read.sql"),
                    "-- read\n--\n-- Revision ID: r1\n-- Revises:\n\n-- +upgrade\n" + read + "\n\n-- +downgrade\nDROP TABLE copied;\n");
            CliRun.Result refused = CliRun.run(verify, "verify");
            assertThat(refused.code()).as(refused.toString()).isEqualTo(2);
            assertThat(refused.err()).startsWith("error: migrations/versions/r1_read.sql:7: names database '" + other.name() + "'");
            // the same server named as the scratch server: the user says it holds nothing a scratch run could harm
            String server = "jdbc:mariadb://127.0.0.1:3306/?user=root";
            Files.writeString(verify.resolve("retort.toml"), "\n[verify]\nurl = \"" + server + "\"\n", java.nio.file.StandardOpenOption.APPEND);
            CliRun.Result ok = CliRun.run(verify, "verify");
            assertThat(ok.code()).as(ok.toString()).isZero();
            assertThat(ok.out()).contains("scratch database retort_scratch_").contains(" on jdbc:mariadb://127.0.0.1:3306, dropped afterwards");

            Path model = project(dir.resolve("model"), db.url, "\n[model]\nschema = \"schema.sql\"\n");
            Files.writeString(model.resolve("schema.sql"), "CREATE TABLE kept (id INT PRIMARY KEY);\n" + read + "\n");
            CliRun.Result check = CliRun.run(model, "check");
            assertThat(check.code()).as(check.toString()).isEqualTo(2);
            assertThat(check.err()).startsWith("error: schema.sql:2: names database '" + other.name() + "'");
            Files.writeString(model.resolve("retort.toml"), "scratch_url = \"" + server + "\"\n", java.nio.file.StandardOpenOption.APPEND);
            check = CliRun.run(model, "check");
            assertThat(check.code()).as(check.toString()).isEqualTo(1);
            assertThat(check.out()).contains("createTable(\"copied\"");
            assertThat(snapshot(other)).containsEntry(other.name() + ".users", 2L);
        }
    }

    private static Path project(Path p, String url, String extra) throws IOException {
        Files.createDirectories(p.resolve("migrations/versions"));
        Files.writeString(p.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"" + url + "\"\n" + extra);
        return p;
    }

    private static void fill(ServerDatabases db) throws SQLException {
        db.execute("CREATE TABLE legacy (id INT PRIMARY KEY, note VARCHAR(20))",
                "INSERT INTO legacy VALUES (1, 'a'), (2, 'b'), (3, 'c')",
                "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(20))",
                "INSERT INTO users VALUES (1, 'ann'), (2, 'bob')");
    }

    /** Every table of the database (all schemas) with its row count; Retort's version tables left out. */
    private static Map<String, Long> snapshot(ServerDatabases db) throws SQLException {
        String tables = switch (db.kind) {
            case POSTGRESQL -> "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                    + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')";
            case MARIADB -> "SELECT CONCAT(table_schema, '.', table_name) FROM information_schema.tables WHERE table_schema = DATABASE()";
            case SQLITE -> "SELECT name FROM sqlite_master WHERE type = 'table'";
            case H2 -> "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema <> 'INFORMATION_SCHEMA'";
        };
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(db.url); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(tables)) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                if (!name.toLowerCase(java.util.Locale.ROOT).contains("retort_version")) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + name)) {
                        rs.next();
                        out.put(name, rs.getLong(1));
                    }
                }
            }
        }
        if (db.kind == ServerDatabases.Kind.POSTGRESQL) {
            out.put("(database exists)", 1L); // a dropped or renamed database fails the connection above
        }
        return out;
    }
}
