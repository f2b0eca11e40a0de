package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.MigrationListener;
import dev.retort.RetortException;
import dev.retort.script.RevisionHeader;
import dev.retort.script.TransactionMode;
import dev.retort.support.Plans;
import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * COMMIT and friends in a revision that runs in a transaction: a SQL revision is refused before
 * anything of the run executes; a Java revision is stopped just before the statement, so what the
 * error says (rolled back, or marked failed) is what happened. Routine bodies are not refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionControlRunTest {
    private final TestDatabases databases = new TestDatabases(TransactionControlRunTest.class);

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    private static Migrator migrator(Db db, String table) {
        return new Migrator(db.dialect(), db.opener(), new VersionTableNames(null, table), EngineSettings.defaults(),
                MigrationListener.NONE);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aJavaRevisionIsStoppedBeforeItsCommitRuns(Kind kind) throws Exception {
        Db db = databases.get(kind);
        JavaBody body = (direction, c, before) -> {
            try (Statement s = c.createStatement()) {
                for (String sql : List.of("CREATE TABLE jc_a (x INTEGER)", "COMMIT", "CREATE TABLE jc_b (x INTEGER)")) {
                    before.accept(sql);
                    s.execute(sql);
                }
            }
        };
        RevisionScript java = RevisionScript.ofJava(RevisionHeader.of("jc_1"), body, TransactionMode.PER_REVISION,
                "class R {}".getBytes(StandardCharsets.UTF_8));
        Migrator m = migrator(db, "jc_version");
        List<RevisionScript> plan = List.of(java);
        assertThatThrownBy(() -> m.upgrade(Plans.upgradeAll(plan), Plans.lookup(plan)))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("failed at statement 2: jc_1: COMMIT inside a revision that runs in a transaction");
        assertThat(MigratorTest.exists(db, "jc_b")).isFalse();
        if (db.dialect().transactionalDdl()) {
            assertThat(MigratorTest.exists(db, "jc_a")).isFalse();
            assertThat(m.applied()).isEmpty();
        } else {
            assertThat(m.applied()).singleElement().satisfies(r -> assertThat(r.failedStatement()).isEqualTo(2));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSqlRevisionIsRefusedBeforeTheRunStarts(Kind kind) throws Exception {
        Db db = databases.get(kind);
        List<RevisionScript> plan = Plans.chain("sc", new String[] {"CREATE TABLE sc_a (x INTEGER);", "DROP TABLE sc_a;"},
                new String[] {"CREATE TABLE sc_b (x INTEGER);\nBEGIN;\nCREATE TABLE sc_c (x INTEGER);", "DROP TABLE sc_b;"});
        Migrator m = migrator(db, "sc_version");
        assertThatThrownBy(() -> m.upgrade(Plans.upgradeAll(plan), Plans.lookup(plan)))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("versions/sc_2.sql:4: BEGIN inside a revision that runs in a transaction")
                .satisfies(e -> assertThat(((RetortException) e).kind()).isEqualTo(RetortException.Kind.USAGE));
        assertThat(MigratorTest.exists(db, "sc_a")).isFalse();
        assertThat(MigratorTest.exists(db, "sc_b")).isFalse();

        // outside a transaction the author controls the transactions
        List<RevisionScript> none = List.of(plan.get(0), Plans.script("sc_2", "sc_1",
                "CREATE TABLE sc_b (x INTEGER);\nBEGIN;\nCREATE TABLE sc_c (x INTEGER);\nCOMMIT;", "DROP TABLE sc_c;\nDROP TABLE sc_b;",
                TransactionMode.NONE));
        assertThat(m.upgrade(Plans.upgradeAll(none), Plans.lookup(none)).revisions()).containsExactly("sc_1", "sc_2");
        assertThat(MigratorTest.exists(db, "sc_c")).isTrue();
    }

    @Test
    void aPlpgsqlFunctionBodyRunsInsideTheRevisionsTransaction() throws Exception {
        Db db = databases.get(Kind.POSTGRESQL);
        List<RevisionScript> plan = Plans.chain("fn", new String[] {"""
                CREATE TABLE fn_t (x INTEGER, seen BOOLEAN);
                CREATE FUNCTION fn_touch() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.seen := true;
                    RETURN NEW;
                END;
                $$;
                CREATE TRIGGER fn_trg BEFORE INSERT ON fn_t FOR EACH ROW EXECUTE FUNCTION fn_touch();
                DO $$ BEGIN INSERT INTO fn_t (x) VALUES (1); END $$;""", "DROP TABLE fn_t;\nDROP FUNCTION fn_touch();"});
        Migrator m = migrator(db, "fn_version");
        assertThat(m.upgrade(Plans.upgradeAll(plan), Plans.lookup(plan)).revisions()).containsExactly("fn_1");
        assertThat(MigratorTest.exists(db, "fn_t")).isTrue();
    }
}
