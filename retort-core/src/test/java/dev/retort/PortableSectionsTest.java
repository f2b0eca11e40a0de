package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * SQL revisions with per-database sections, run on the real databases: each runs its own
 * section (which would fail on the others), and {@code upgrade --sql --dialect X} renders X's.
 */
class PortableSectionsTest {
    private static final TestDatabases DBS = new TestDatabases(PortableSectionsTest.class);

    // Each database's section uses syntax only it accepts, so running the wrong one fails.
    private static final String REVISION = """
            -- Revision ID: p1
            -- Revises:
            -- Message: items
            -- +upgrade
            CREATE TABLE items (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT);
            -- +upgrade postgresql
            CREATE TABLE items (id SERIAL PRIMARY KEY, kind TEXT);
            COMMENT ON TABLE items IS 'pg';
            -- +upgrade mariadb
            CREATE TABLE `items` (id INT AUTO_INCREMENT PRIMARY KEY, kind VARCHAR(20)) ENGINE=InnoDB;
            -- +downgrade
            DROP TABLE items;
            """;

    @TempDir
    Path dir;

    @AfterAll
    static void drop() throws Exception {
        DBS.close();
    }

    private Retort project(String url) throws Exception {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nurl = \"" + url + "\"\n");
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("migrations/versions/p1_items.sql"), REVISION);
        return Retort.configure().directory(dir).environment(Map.of()).load();
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void eachDatabaseRunsItsOwnSection(Kind kind) throws Exception {
        TestDatabases.Db db = DBS.get(kind);
        Retort retort = project(db.url());
        retort.upgrade("head");
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM items")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
        retort.downgrade("base");
        assertThatThrownBy(() -> db.execute("SELECT COUNT(*) FROM items")).hasMessageContaining("items");
    }

    @Test
    void offlineScriptsRenderTheNamedDatabasesSection() throws Exception {
        Retort retort = project("jdbc:sqlite:" + dir.resolve("app.db"));
        assertThat(retort.upgradeSql("head", "postgresql")).contains("id SERIAL PRIMARY KEY").doesNotContain("AUTOINCREMENT");
        assertThat(retort.upgradeSql("head", "mysql")).contains("AUTO_INCREMENT").doesNotContain("SERIAL");
        assertThat(retort.upgradeSql("head", "sqlite")).contains("AUTOINCREMENT");
        // h2 has no section of its own: the generic one
        assertThat(retort.upgradeSql("head", "h2")).contains("AUTOINCREMENT");
    }

    @Test
    void aSectionNamingNoDatabaseStopsTheRunAtItsLine() throws Exception {
        Retort retort = project("jdbc:sqlite:" + dir.resolve("app.db"));
        Files.writeString(dir.resolve("migrations/versions/p1_items.sql"), REVISION.replace("+upgrade mariadb", "+upgrade maria"));
        assertThatThrownBy(() -> retort.upgrade("head")).isInstanceOf(RetortException.class)
                .hasMessage(dir.resolve("migrations/versions/p1_items.sql").toRealPath() + ":9: '-- +upgrade maria' names no database Retort knows");
        assertThat(retort.current().applied()).isEmpty();
    }

    @Test
    void aDatabaseWithoutAnUpgradeSectionIsToldSo() throws Exception {
        Retort retort = project("jdbc:sqlite:" + dir.resolve("app.db"));
        Files.writeString(dir.resolve("migrations/versions/p1_items.sql"), REVISION.replace("-- +upgrade\n", "-- +upgrade sqlite\n"));
        assertThatThrownBy(() -> retort.upgradeSql("head", "h2")).isInstanceOf(RetortException.class)
                .hasMessageContaining("no '-- +upgrade' section for h2");
    }
}
