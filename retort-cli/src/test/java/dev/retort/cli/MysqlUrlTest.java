package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A MySQL user's jdbc:mysql: url reaches the bundled MariaDB driver; a url no driver takes is bad usage. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MysqlUrlTest {
    private final TestDatabases databases = new TestDatabases(MysqlUrlTest.class);

    @TempDir
    Path dir;

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    @Test
    void upgradeAndCurrentTakeAJdbcMysqlUrl() throws Exception {
        Db db = databases.get(Kind.MARIADB);
        String url = db.url().replace("jdbc:mariadb:", "jdbc:mysql:");
        Path project = CliRun.quickstart(dir);

        CliRun.Result up = CliRun.run(project, "upgrade", "head", "--url", url);
        assertThat(up.code()).as(up.toString()).isZero();
        CliRun.Result current = CliRun.run(project, "current", "--url", url);
        assertThat(current.code()).as(current.toString()).isZero();
        assertThat(current.out()).isEqualTo(DatabaseCommandsTest.HEAD + " (reporting) (head)\n");
    }
}
