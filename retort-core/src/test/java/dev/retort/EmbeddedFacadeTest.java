package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The facade as an application embeds it (the Spring Boot starter): configured in code without a
 * retort.toml, connections from the application's DataSource, validate before running.
 */
class EmbeddedFacadeTest {
    @TempDir
    Path dir;

    private void revision(String id, String parent, String upgrade) throws Exception {
        Files.createDirectories(dir.resolve("versions"));
        Files.writeString(dir.resolve("versions").resolve(id + ".sql"), "-- " + id + "\n--\n-- Revision ID: " + id
                + "\n-- Revises: " + (parent == null ? "" : parent) + "\n\n-- +upgrade\n" + upgrade + "\n");
    }

    private Retort.Builder project(javax.sql.DataSource ds) {
        return Retort.configure().directory(dir).environment(Map.of("RETORT_URL", "jdbc:sqlite:/nonexistent/x.db"))
                .withoutConfigFile().dataSource(ds);
    }

    private static JdbcDataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:embedded_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        return ds;
    }

    @Test
    void upgradesThroughTheDataSourceIntoTheNamedVersionTable() throws Exception {
        revision("a1", null, "CREATE TABLE account (id INTEGER PRIMARY KEY);");
        revision("b2", "a1", "ALTER TABLE account ADD COLUMN name VARCHAR(50);");
        JdbcDataSource ds = h2();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA meta");
        }
        Retort retort = project(ds).versionTable("app_revisions").schema("meta").load();
        assertThat(retort.maskedUrl()).startsWith("jdbc:h2:mem:embedded_");
        assertThat(retort.validate("head")).containsExactly("a1", "b2");

        assertThat(retort.upgrade("head").revisions()).containsExactly("a1", "b2");

        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"meta\".\"app_revisions\"")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(2);
        }
        assertThat(retort.validate("head")).isEmpty();
        assertThat(retort.current().heads()).containsExactly("b2");
    }

    @Test
    void revisionClassesContinueTheFilesOfTheVersionLocations() throws Exception {
        Files.createDirectories(dir.resolve("sql"));
        Files.writeString(dir.resolve("sql").resolve("a1.sql"),
                "-- a1\n--\n-- Revision ID: a1\n-- Revises:\n\n-- +upgrade\nCREATE TABLE account (id INTEGER PRIMARY KEY);\n");
        JdbcDataSource ds = h2();
        Retort retort = project(ds).versionLocations(List.of(Path.of("sql"))).revisionClasses(List.of(AddName.class)).load();

        assertThat(retort.upgrade("head").revisions()).containsExactly("a1", "b2");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO account (id, name) VALUES (1, 'Ada')");
        }
    }

    /** A revision compiled into the application, after a file. */
    @Revision(id = "b2", revises = "a1")
    public static final class AddName implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.addColumn("account", "name", Type.varchar(50));
        }
    }

    @Test
    void validateRefusesAChangedFileWithoutRunningAnything() throws Exception {
        revision("a1", null, "CREATE TABLE account (id INTEGER PRIMARY KEY);");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("app.db"));
        project(ds).load().upgrade("head");
        revision("a1", null, "CREATE TABLE account (id INTEGER PRIMARY KEY, extra INTEGER);");
        revision("b2", "a1", "CREATE TABLE never_run (id INTEGER);");

        Retort changed = project(ds).load();
        assertThatThrownBy(() -> changed.validate("head")).isInstanceOf(RetortException.class)
                .hasMessageContaining("a1.sql: revision a1 changed after it was applied");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'never_run'")) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
    }

    @Test
    void validateRefusesARevisionTheDatabaseHasButNoFileDefines() throws Exception {
        revision("a1", null, "CREATE TABLE account (id INTEGER PRIMARY KEY);");
        revision("b2", "a1", "CREATE TABLE ledger (id INTEGER PRIMARY KEY);");
        JdbcDataSource ds = h2();
        project(ds).load().upgrade("head");
        Files.delete(dir.resolve("versions").resolve("b2.sql"));

        assertThatThrownBy(() -> project(ds).load().validate("head")).isInstanceOf(RetortException.class)
                .hasMessageContaining("Can't locate revision identified by 'b2'");
    }

    @Test
    void withoutConfigFileNeedsADatabase() throws Exception {
        Files.createDirectories(dir.resolve("versions"));
        assertThatThrownBy(() -> Retort.configure().directory(dir).environment(Map.of("RETORT_URL", "jdbc:h2:mem:x"))
                .withoutConfigFile().load().upgrade("head"))
                .isInstanceOf(RetortException.class).hasMessageContaining("url");
        assertThat(List.of(dir.toFile().list())).containsExactly("versions");
    }
}
