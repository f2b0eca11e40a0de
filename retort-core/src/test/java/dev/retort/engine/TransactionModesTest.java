package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.MigrationListener;
import dev.retort.config.RetortConfig;
import dev.retort.script.TransactionMode;
import dev.retort.support.Plans;
import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** transaction = "all" and Transaction: none, where DDL is transactional. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionModesTest {
    private final TestDatabases databases = new TestDatabases(TransactionModesTest.class);

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    private static Migrator migrator(Db db, String table, RetortConfig.Transaction runMode) {
        return new Migrator(db.dialect(), db.opener(), new VersionTableNames(null, table),
                EngineSettings.defaults().withRunMode(runMode), MigrationListener.NONE);
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRESQL", "SQLITE"})
    void allModeRollsBackTheWholeRun(Kind kind) throws Exception {
        Db db = databases.get(kind);
        List<RevisionScript> chain = Plans.chain("all",
                new String[] {"CREATE TABLE all_a (x INTEGER);", "DROP TABLE all_a;"},
                new String[] {"CREATE TABLE all_b (x INTEGER);", "DROP TABLE all_b;"},
                new String[] {"CREATE TABLE all_c (x INTEGER);\nINSERT INTO all_nowhere VALUES (1);", "DROP TABLE all_c;"});
        Migrator m = migrator(db, "all_version", RetortConfig.Transaction.ALL);
        assertThatThrownBy(() -> m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)))
                .hasMessageContaining("failed at statement 2 of 2")
                .hasMessageEndingWith("the whole run was rolled back: the database is where it was before it");
        assertThat(MigratorTest.exists(db, "all_a")).isFalse();
        assertThat(m.applied()).isEmpty();
        assertThat(MigratorTest.logOperations(db, new VersionTableNames(null, "all_version"))).containsExactly("upgrade-failed");

        List<RevisionScript> good = chain.subList(0, 2);
        assertThat(m.upgrade(Plans.upgradeAll(good), Plans.lookup(good)).revisions()).containsExactly("all_1", "all_2");
        assertThat(m.downgrade(Plans.downgradeAll(good)).revisions()).containsExactly("all_2", "all_1");
        assertThat(MigratorTest.exists(db, "all_a")).isFalse();
    }

    @Test
    void transactionNoneRunsOutsideATransaction() throws Exception {
        Db db = databases.get(Kind.POSTGRESQL);
        String concurrently = "CREATE INDEX CONCURRENTLY none_ix ON none_t (x);";
        RevisionScript table = Plans.script("none_1", null, "CREATE TABLE none_t (x INTEGER);", "DROP TABLE none_t;");
        List<RevisionScript> inTransaction = List.of(table, Plans.script("none_2", "none_1", concurrently, ""));
        Migrator m = migrator(db, "none_version", RetortConfig.Transaction.ALL);
        assertThatThrownBy(() -> m.upgrade(Plans.upgradeAll(inTransaction), Plans.lookup(inTransaction)))
                .hasMessageContaining("cannot run inside a transaction block");

        List<RevisionScript> outside = List.of(table, Plans.script("none_2", "none_1", concurrently,
                "DROP INDEX CONCURRENTLY none_ix;", TransactionMode.NONE));
        assertThat(m.upgrade(Plans.upgradeAll(outside), Plans.lookup(outside)).revisions()).containsExactly("none_1", "none_2");
        assertThat(m.applied()).extracting(AppliedRevision::isFailed).containsOnly(false);
        assertThat(m.downgrade(Plans.downgradeAll(outside)).revisions()).containsExactly("none_2", "none_1");
    }
}
