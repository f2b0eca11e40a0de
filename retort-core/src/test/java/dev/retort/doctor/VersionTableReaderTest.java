package dev.retort.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.doctor.DoctorRequest.Mode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading Alembic's and Retort's version tables on real databases, and what doctor makes of it. */
class VersionTableReaderTest {
    @TempDir
    Path tmp;

    /** Opens a server connection, or skips when none answers (fails instead with RETORT_REQUIRE_DATABASES=1). */
    private static Connection server(String url, String user) {
        try {
            return DriverManager.getConnection(url, user, "");
        } catch (SQLException e) {
            if ("1".equals(System.getenv("RETORT_REQUIRE_DATABASES"))) {
                throw new AssertionError("database required but not reachable: " + url, e);
            }
            Assumptions.abort("no database at " + url + ": " + e.getMessage());
            return null;
        }
    }

    private static void exec(Connection c, String... sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    private void roundTrip(Connection c, String table) throws SQLException {
        assertThat(VersionTableReader.exists(c, table)).isFalse();
        exec(c, "CREATE TABLE " + table + " (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                "INSERT INTO " + table + " (version_num) VALUES ('20251011_admin_chat')");
        assertThat(VersionTableReader.exists(c, table)).isTrue();
        VersionTableReader.Applied applied = VersionTableReader.read(c, table);
        assertThat(applied.headsOnly()).isTrue();
        assertThat(applied.checksums()).containsOnlyKeys("20251011_admin_chat");
        String retort = table.replace("alembic_version", "retort_version");
        exec(c, "CREATE TABLE " + retort + " (id VARCHAR(64) NOT NULL PRIMARY KEY, checksum VARCHAR(64), failed VARCHAR(16))",
                "INSERT INTO " + retort + " (id, checksum, failed) VALUES ('a1', 'abc', NULL)",
                "INSERT INTO " + retort + " (id, checksum, failed) VALUES ('a2', NULL, 'downgrade')",
                "INSERT INTO " + retort + " (id, checksum, failed) VALUES ('a3', 'def', 'upgrade')");
        VersionTableReader.Applied rows = VersionTableReader.read(c, retort);
        assertThat(rows.headsOnly()).isFalse();
        assertThat(rows.checksums()).containsEntry("a1", "abc").containsEntry("a2", null).doesNotContainKey("a3");
    }

    @Test
    void sqlite() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("a.db"))) {
            roundTrip(c, "alembic_version");
        }
    }

    @Test
    void h2() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID())) {
            exec(c, "CREATE SCHEMA app");
            roundTrip(c, "app.alembic_version");
        }
    }

    @Test
    void postgresql() throws Exception {
        String schema = "doctor_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = server("jdbc:postgresql://127.0.0.1:5432/test", "postgres")) {
            exec(c, "CREATE SCHEMA " + schema);
            try {
                roundTrip(c, schema + ".alembic_version");
            } finally {
                exec(c, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void mariadb() throws Exception {
        String db = "doctor_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = server("jdbc:mariadb://127.0.0.1:3306/test", "root")) {
            exec(c, "CREATE DATABASE " + db);
            try {
                roundTrip(c, db + ".alembic_version");
            } finally {
                exec(c, "DROP DATABASE " + db);
            }
        }
    }

    @Test
    void aMissingTableIsAUsageErrorWithAHint() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("b.db"))) {
            assertThatThrownBy(() -> VersionTableReader.read(c, "nope"))
                    .hasMessageStartingWith("cannot read the version table nope: the database has no such table")
                    .isInstanceOfSatisfying(dev.retort.RetortException.class, e -> assertThat(e.hint()).contains("--version-table"));
        }
    }

    @Test
    void aDatabaseAtAHeadHasAppliedEverythingBelowIt() {
        Path v = Fixtures.copy("filename-as-parent", tmp).resolve("versions");
        DoctorReport r = Doctor.run(DoctorRequest.of(v)
                .withAppliedHeads(java.util.List.of("20251016_prompt_engineering"), "alembic_version").withMode(Mode.FIX));
        // The child is "applied" through the head row, so its parents must not change.
        assertThat(r.repair().refused()).singleElement().extracting(x -> x.describe(v)).asString().contains("is applied in alembic_version");
        DoctorReport below = Doctor.run(DoctorRequest.of(v)
                .withAppliedHeads(java.util.List.of("20251011_admin_chat"), "alembic_version").withMode(Mode.FIX));
        assertThat(below.repair().refused()).isEmpty();
        assertThat(below.findings()).extracting(Finding::code).doesNotContain("unknown-applied");
        assertThat(below.database()).isEqualTo(new DoctorReport.Database("alembic_version", java.util.List.of("20251011_admin_chat"), 6));
        assertThat(Fixtures.text(below, v)).contains("in 7 revision files and alembic_version (at 20251011_admin_chat; 6 revisions applied)\n");
    }
}
