package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.script.compile.fixtures.FirstRevision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade as an application uses it: configure, load, upgrade, look, downgrade. */
class RetortTest {
    @TempDir
    Path dir;

    private Path project(String url) throws IOException {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nurl = \"" + url + "\"\n");
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("f2_orders.sql"), """
                -- Create orders
                --
                -- Revision ID: f2
                -- Revises: app_1

                -- +upgrade
                CREATE TABLE orders (id INTEGER PRIMARY KEY);

                -- +downgrade
                DROP TABLE orders;
                """);
        return versions;
    }

    @Test
    void upgradeCurrentAndDowngradeWithFilesAndAClassCompiledIntoTheApplication() throws Exception {
        project("jdbc:sqlite:app.db");
        List<String> events = new ArrayList<>();
        Retort retort = Retort.configure()
                .directory(dir.resolve("migrations")) // found in a parent folder
                .environment(Map.of())
                .revisionClasses(List.of(FirstRevision.class))
                .lockTimeout(Duration.ofSeconds(5))
                .appliedBy("tester")
                .listener(new MigrationListener() {
                    @Override
                    public void finished(Step step, Duration duration) {
                        events.add(step.direction().text() + " " + step.id());
                    }
                })
                .load();
        assertThat(retort.config().url()).isEqualTo("jdbc:sqlite:" + dir.toAbsolutePath().resolve("app.db"));
        assertThat(retort.current().heads()).isEmpty();
        assertThat(retort.current().pending()).containsExactly("app_1", "f2");

        assertThat(retort.upgrade("head").revisions()).containsExactly("app_1", "f2");
        assertThat(events).containsExactly("upgrade app_1", "upgrade f2");
        assertThat(tables()).contains("a", "orders");
        Current now = retort.current();
        assertThat(now.heads()).containsExactly("f2");
        assertThat(now.pending()).isEmpty();
        assertThat(now.applied()).extracting(AppliedInfo::appliedBy).containsOnly("tester");
        assertThat(now.url()).isEqualTo(retort.config().url());

        assertThat(retort.upgradeSql("base:head", "postgresql")).contains("-- Running upgrade  -> app_1, first")
                .contains("CREATE TABLE \"a\"");
        assertThat(retort.downgrade("base").revisions()).containsExactly("f2", "app_1");
        assertThat(tables()).doesNotContain("a", "orders");
        assertThat(retort.stamp(List.of("head"), false).revisions()).containsExactly("app_1", "f2");
        assertThat(retort.repair(false).revisions()).isEmpty();
    }

    @Test
    void aClassAndAFileClaimingOneIdAreRefused() throws IOException {
        Path versions = project("jdbc:sqlite:app.db");
        Files.writeString(versions.resolve("app_1.sql"), "-- Revision ID: app_1\n-- Revises:\n\n-- +upgrade\n");
        Retort retort = Retort.configure().directory(dir).environment(Map.of())
                .revisionClasses(List.of(FirstRevision.class)).load();
        assertThatThrownBy(() -> retort.upgrade("head")).isInstanceOfSatisfying(RetortException.class, e -> {
            assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
            assertThat(e.getMessage()).endsWith("app_1.sql:1: revision app_1 is also compiled into the application as "
                    + FirstRevision.class.getName());
        });
        assertThat(dir.resolve("app.db")).doesNotExist();
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
