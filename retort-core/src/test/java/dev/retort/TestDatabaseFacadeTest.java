package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.support.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What test front ends use: the project on another database, a new empty one, drift against a DDL file, other folders. */
class TestDatabaseFacadeTest {
    @TempDir
    Path dir;

    private Retort project() throws Exception {
        TestProject p = new TestProject(dir);
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"jdbc:sqlite:"
                + dir.resolve("app.db").toString().replace("\\", "/") + "\"\n");
        p.sql("a1", null, "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(100));", "DROP TABLE account;");
        return Retort.configure().directory(dir).environment(java.util.Map.of()).load();
    }

    @Test
    void anEmptyDatabaseIsMigratedInsteadOfTheConfiguredOneAndGoneWhenClosed() throws Exception {
        Retort project = project();
        String url;
        try (EmptyDatabase db = project.emptyDatabase()) {
            url = db.url();
            Retort onIt = project.onDatabase(url);
            onIt.upgrade("head");
            assertThat(onIt.current().heads()).containsExactly("a1");
            try (Connection c = onIt.connect(); ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM account")) {
                assertThat(r.next()).isTrue();
            }
        }
        assertThat(url).doesNotContain(dir.resolve("app.db").toString());
        assertThat(Files.exists(dir.resolve("app.db"))).as("the configured database is untouched").isFalse();
        assertThat(Files.exists(Path.of(url.substring("jdbc:sqlite:".length())))).as("closed: the file is gone").isFalse();
    }

    @Test
    void checkAgainstASchemaFileListsWhatDiffers() throws Exception {
        try (EmptyDatabase db = EmptyDatabase.temporary()) {
            Retort onIt = project().onDatabase(db.url());
            onIt.upgrade("head");
            Files.writeString(dir.resolve("same.sql"), "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(100));\n");
            Files.writeString(dir.resolve("more.sql"),
                    "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(100), email VARCHAR(200));\n");
            assertThat(onIt.check(dir.resolve("same.sql")).isEmpty()).isTrue();
            assertThat(onIt.check(dir.resolve("more.sql")).changes()).extracting(SchemaChange::description)
                    .singleElement().asString().contains("email");
            assertThatThrownBy(() -> onIt.check(dir.resolve("missing.sql"))).hasMessageContaining("missing.sql");
        }
    }

    @Test
    void versionLocationsReplaceTheConfiguredFolders() throws Exception {
        project();
        TestProject other = new TestProject(dir.resolve("other"));
        other.sql("z9", null, "CREATE TABLE t (id INTEGER PRIMARY KEY);", "DROP TABLE t;");
        Retort r = Retort.configure().directory(dir).environment(java.util.Map.of())
                .versionLocations(List.of(Path.of("other/migrations/versions"))).load();
        assertThat(r.revisions().heads()).containsExactly("z9");
    }
}
