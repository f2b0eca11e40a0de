package dev.retort.engine;

import dev.retort.dialect.registry.Dialects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Direction;
import dev.retort.MigrationListener;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.script.TransactionMode;
import dev.retort.support.Plans;
import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineScriptTest {
    private final TestDatabases databases = new TestDatabases(OfflineScriptTest.class);

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    private static List<RevisionScript> chain(String suffix) {
        return Plans.chain("off",
                new String[] {"CREATE TABLE t1_" + suffix + " (x INTEGER);\nINSERT INTO t1_" + suffix + " VALUES (1);",
                        "DROP TABLE t1_" + suffix + ";"},
                new String[] {"CREATE TABLE t2_" + suffix + " (y INTEGER) -- trailing note\n;",
                        "DROP TABLE t2_" + suffix + ";"});
    }

    @Test
    void postgresScriptHasTablesBoundariesCommentsAndEscapedLiterals() {
        String sql = OfflineScript.render(Dialects.named("postgresql"), VersionTableNames.DEFAULT, Direction.UPGRADE,
                chain("a"), RetortConfig.Transaction.PER_REVISION, "O'Brien");
        assertThat(sql).startsWith("-- Retort upgrade script for postgresql, 2 revisions\n");
        assertThat(sql).contains("CREATE TABLE IF NOT EXISTS \"retort_version\" (\"id\" TEXT NOT NULL PRIMARY KEY");
        assertThat(sql).contains("\nBEGIN;\n\n-- Running upgrade  -> off_1\n\nCREATE TABLE t1_a (x INTEGER);\n");
        assertThat(sql).contains("-- Running upgrade off_1 -> off_2\n");
        assertThat(sql).contains("VALUES ('off_1', '" + chain("a").get(0).checksum() + "', CURRENT_TIMESTAMP, 'O''Brien',");
        assertThat(sql).contains("CREATE TABLE t2_a (y INTEGER) -- trailing note\n;\n");
        assertThat(sql.split("\nBEGIN;\n", -1)).hasSize(3);
        assertThat(sql.split("\nCOMMIT;\n", -1)).hasSize(3);
    }

    @Test
    void allModeHasOneTransaction() {
        String sql = OfflineScript.render(Dialects.named("sqlite"), VersionTableNames.DEFAULT, Direction.UPGRADE,
                chain("a"), RetortConfig.Transaction.ALL, "me");
        assertThat(sql.split("BEGIN TRANSACTION;", -1)).hasSize(2);
        assertThat(sql.split("COMMIT;", -1)).hasSize(2);
    }

    @Test
    void transactionNoneRevisionsStayOutsideTransactions() {
        List<RevisionScript> plan = List.of(
                Plans.script("n1", null, "CREATE TABLE n (x INTEGER);", ""),
                Plans.script("n2", "n1", "CREATE INDEX CONCURRENTLY ix ON n (x);", "", TransactionMode.NONE));
        String sql = OfflineScript.render(Dialects.named("postgresql"), VersionTableNames.DEFAULT, Direction.UPGRADE,
                plan, RetortConfig.Transaction.ALL, "me");
        String tail = sql.substring(sql.indexOf("-- Running upgrade n1 -> n2"));
        assertThat(sql.indexOf("COMMIT;")).isLessThan(sql.indexOf("-- Running upgrade n1 -> n2"));
        assertThat(tail).doesNotContain("BEGIN").doesNotContain("COMMIT");
    }

    @Test
    void mysqlLiteralsEscapeBackslashesAndRoutinesGetADelimiter() {
        List<RevisionScript> plan = List.of(Plans.script("r1", null,
                "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END;", "DROP PROCEDURE p;"));
        String sql = OfflineScript.render(Dialects.named("mysql"), VersionTableNames.DEFAULT, Direction.UPGRADE,
                plan, RetortConfig.Transaction.PER_REVISION, "DOMAIN\\me");
        assertThat(sql).contains("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END\n//\nDELIMITER ;\n");
        assertThat(sql).contains("'DOMAIN\\\\me'").doesNotContain("BEGIN;");
    }

    @Test
    void offlinePlansStartFromTheGivenRevision() {
        List<RevisionScript> chain = Plans.chain("o",
                new String[] {"CREATE TABLE o1 (x INTEGER);", "DROP TABLE o1;"},
                new String[] {"CREATE TABLE o2 (x INTEGER);", "DROP TABLE o2;"},
                new String[] {"CREATE TABLE o3 (x INTEGER);", "DROP TABLE o3;"});
        dev.retort.graph.RevisionMap map = dev.retort.graph.RevisionMap.of(chain.stream().map(RevisionScript::revision).toList());
        java.util.Map<String, RevisionScript> scripts = new java.util.HashMap<>();
        chain.forEach(s -> scripts.put(s.id(), s));
        assertThat(GraphPlans.offlineUpgrade(map, scripts, null, "head")).extracting(RevisionScript::id)
                .containsExactly("o_1", "o_2", "o_3");
        assertThat(GraphPlans.offlineUpgrade(map, scripts, "o_1", "head")).extracting(RevisionScript::id)
                .containsExactly("o_2", "o_3");
        assertThat(GraphPlans.offlineDowngrade(map, scripts, "o_3", "o_1")).extracting(RevisionScript::id)
                .containsExactly("o_3", "o_2");
        String sql = OfflineScript.render(Dialects.named("h2"), VersionTableNames.DEFAULT, Direction.DOWNGRADE,
                GraphPlans.offlineDowngrade(map, scripts, "o_3", "base"), RetortConfig.Transaction.PER_REVISION, "me");
        assertThat(sql).contains("-- Running downgrade o_3 -> o_2\n\nDROP TABLE o3;\n")
                .contains("-- Running downgrade o_1 ->  \n".strip())
                .contains("DELETE FROM \"retort_version\" WHERE \"id\" = 'o_1';");
    }

    /** The rendered script, run as a DBA would, leaves the same version rows as an online run. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void renderedScriptsRunOnTheRealDatabase(Kind kind) throws SQLException {
        Db db = databases.get(kind);
        Dialect d = db.dialect();
        List<RevisionScript> chain = chain(kind.name().toLowerCase());
        VersionTableNames names = new VersionTableNames(null, "offline_version");
        Migrator m = new Migrator(d, db.opener(), names, EngineSettings.defaults(), MigrationListener.NONE);

        execute(db, OfflineScript.render(d, names, Direction.UPGRADE, chain, RetortConfig.Transaction.PER_REVISION, "dba"));
        assertThat(m.applied()).extracting(AppliedRevision::id).containsExactlyInAnyOrder("off_1", "off_2");
        assertThat(m.applied()).extracting(AppliedRevision::appliedBy).containsOnly("dba");
        assertThat(m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)).revisions()).isEmpty();

        List<RevisionScript> down = List.of(chain.get(1), chain.get(0));
        execute(db, OfflineScript.render(d, names, Direction.DOWNGRADE, down, RetortConfig.Transaction.PER_REVISION, "dba"));
        assertThat(m.applied()).isEmpty();
        assertThat(MigratorTest.logOperations(db, names)).containsExactly("upgrade", "upgrade", "downgrade", "downgrade");
    }

    private static void execute(Db db, String script) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (SqlStatement st : SqlSplitter.split(script, db.dialect().syntax())) {
                s.execute(st.sql());
            }
        }
    }
}
