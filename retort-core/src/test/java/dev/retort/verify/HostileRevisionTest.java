package dev.retort.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.VerifyHarness;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOverrides;
import dev.retort.config.RetortConfig;
import dev.retort.support.TestDatabases;
import dev.retort.support.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java revision's statements exist only when it runs: verify checks each one as it runs, so
 * a Java revision on MariaDB cannot reach another database either.
 */
class HostileRevisionTest {
    private static final TestDatabases DBS = new TestDatabases(HostileRevisionTest.class);
    private static final TestDatabases OTHER = new TestDatabases(HostileRevisionTest.class);

    @TempDir
    Path dir;

    @AfterAll
    static void dropDatabases() throws Exception {
        DBS.close();
        OTHER.close();
    }

    @Test
    void aJavaRevisionNamingAnotherDatabaseIsStoppedBeforeThatStatementRuns() throws Exception {
        TestDatabases.Db db = DBS.get(TestDatabases.Kind.MARIADB);
        TestDatabases.Db real = OTHER.get(TestDatabases.Kind.MARIADB);
        real.execute("CREATE TABLE users (id INT PRIMARY KEY)", "INSERT INTO users VALUES (1), (2)");
        TestProject p = new TestProject(dir);
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"" + db.url() + "\"\n");
        p.java("r1", null, "op.execute(\"DELETE FROM " + real.name() + ".users\");", "op.execute(\"SELECT 1\");", null);
        RetortConfig config = new ConfigLoader(dir, Map.of()).load(ConfigOverrides.none());
        VerifyReport report = VerifyHarness.run(config, null, null, null, x -> { });
        assertThat(report.failure()).isNotNull();
        assertThat(report.failure().message()).contains("names database '" + real.name() + "'");
        try (Connection c = real.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM users")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }
}
