package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.MigrationListener;
import dev.retort.ProgressPrinter;
import dev.retort.RetortException;
import dev.retort.support.Plans;
import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A revision's statements behave the same whether the engine sends them one by one or as one
 * batch (PostgreSQL): statements returning rows are fine, a failure names its statement and
 * line, and the version row and log entry are written with the revision.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementGroupsTest {
    private final TestDatabases databases = new TestDatabases(StatementGroupsTest.class);

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rowsFailuresAndBookkeeping(Kind kind) throws SQLException {
        Db db = databases.get(kind);
        VersionTableNames names = new VersionTableNames(null, "groups_version");
        StringWriter out = new StringWriter();
        Migrator m = new Migrator(db.dialect(), db.opener(), names, EngineSettings.defaults(),
                new ProgressPrinter(new PrintWriter(out), true));
        List<RevisionScript> good = Plans.chain("g", new String[] {
                "CREATE TABLE g_a (x INTEGER);\nSELECT 1;\nINSERT INTO g_a VALUES (7);\nCREATE TABLE g_b (y INTEGER);",
                "DROP TABLE g_b;\nDROP TABLE g_a;"});
        m.upgrade(Plans.upgradeAll(good), Plans.lookup(good));
        assertThat(count(db, "SELECT x FROM g_a")).isEqualTo(1);
        assertThat(out.toString()).containsPattern("  \\[2] line 4: SELECT 1 \\.\\.\\. \\d+ ms\n")
                .containsPattern("  \\[4] line 6: CREATE TABLE g_b \\(y INTEGER\\) \\.\\.\\. \\d+ ms\n");
        assertThat(m.applied()).extracting(AppliedRevision::id).containsExactly("g_1");
        assertThat(count(db, "SELECT " + db.dialect().quote("revision") + " FROM " + db.dialect().quote("groups_version_log")
                + " WHERE " + db.dialect().quote("operation") + " = 'upgrade'")).isEqualTo(1);

        RevisionScript bad = Plans.script("g_2", "g_1", "CREATE TABLE g_c (x INTEGER);\nINSERT INTO g_nope VALUES (1);\n"
                + "CREATE TABLE g_d (x INTEGER);", "DROP TABLE g_d;\nDROP TABLE g_c;");
        List<RevisionScript> chain = List.of(good.get(0), bad);
        // without -v the statements go as one batch where the database pipelines them; a failure replays them one by one
        Migrator quiet = new Migrator(db.dialect(), db.opener(), names, EngineSettings.defaults(), MigrationListener.NONE);
        assertThatThrownBy(() -> quiet.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)))
                .isInstanceOfSatisfying(RetortException.class, e -> assertThat(e.getMessage())
                        .startsWith("versions/g_2.sql:4: upgrade of g_2 failed at statement 2 of 3: "));
        boolean atomic = kind == Kind.POSTGRESQL || kind == Kind.SQLITE;
        assertThat(exists(db, "g_c")).isEqualTo(!atomic);
        assertThat(exists(db, "g_d")).isFalse();

        if (!atomic) {
            db.execute("DROP TABLE g_c");
            m.repair(false, Plans.lookup(chain));
        }
        m.downgrade(Plans.downgradeAll(good));
        assertThat(exists(db, "g_a")).isFalse();
        assertThat(m.applied()).isEmpty();
        quiet.upgrade(Plans.upgradeAll(good), Plans.lookup(good)); // the SELECT in a batch: replayed, and done
        assertThat(count(db, "SELECT x FROM g_a")).isEqualTo(1);
        quiet.downgrade(Plans.downgradeAll(good));
    }

    private static int count(Db db, String sql) throws SQLException {
        int n = 0;
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    private static boolean exists(Db db, String table) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
