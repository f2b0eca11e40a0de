package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Direction;
import dev.retort.MigrationListener;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.script.TransactionMode;
import dev.retort.support.Plans;
import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Applying and reverting SQL revisions on each real database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigratorTest {
    private final TestDatabases databases = new TestDatabases(MigratorTest.class);
    private final AtomicInteger counter = new AtomicInteger();

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    private String unique() {
        return "u" + counter.incrementAndGet();
    }

    private static Migrator migrator(Db db, VersionTableNames names) {
        return new Migrator(db.dialect(), db.opener(), names, EngineSettings.defaults(), MigrationListener.NONE);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void upgradeDowngradeUpgradeWithAwkwardIdentifiers(Kind kind) throws SQLException {
        Db db = databases.get(kind);
        Dialect d = db.dialect();
        String items = d.quote("Order \"Items\" " + unique());
        String select = d.quote("select");
        String index = d.quote("IX on " + unique());
        List<RevisionScript> chain = Plans.chain("round",
                new String[] {"CREATE TABLE " + items + " (" + select + " INTEGER, " + d.quote("My Col") + " VARCHAR(20));",
                        "DROP TABLE " + items + ";"},
                new String[] {"CREATE TABLE " + select + " (" + d.quote("from") + " INTEGER);\nINSERT INTO " + select
                        + " VALUES (1);", "DROP TABLE " + select + ";"},
                new String[] {"CREATE INDEX " + index + " ON " + items + " (" + select + ");",
                        "DROP INDEX " + index + (kind == Kind.MARIADB ? " ON " + items : "") + ";"});
        VersionTableNames names = new VersionTableNames(null, "retort_version_" + unique());
        Migrator m = migrator(db, names);

        assertThat(m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)).revisions())
                .containsExactly("round_1", "round_2", "round_3");
        assertThat(count(db, select)).isEqualTo(1);
        assertThat(m.applied()).extracting(AppliedRevision::id).containsExactlyInAnyOrder("round_1", "round_2", "round_3");
        assertThat(m.applied()).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(AppliedRevision.Kind.APPLIED);
            assertThat(r.checksum()).hasSize(64);
            assertThat(r.executionMs()).isNotNull();
            assertThat(r.isFailed()).isFalse();
        });
        assertThat(m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)).revisions()).isEmpty();

        assertThat(m.downgrade(Plans.downgradeAll(chain)).revisions()).containsExactly("round_3", "round_2", "round_1");
        assertThat(exists(db, items)).isFalse();
        assertThat(m.applied()).isEmpty();

        m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain));
        assertThat(exists(db, items)).isTrue();
        assertThat(logOperations(db, names)).containsExactly(
                "upgrade", "upgrade", "upgrade", "downgrade", "downgrade", "downgrade", "upgrade", "upgrade", "upgrade");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void versionTablesWithQuotesSpacesCaseAndReservedWords(Kind kind) throws Exception {
        Db db = databases.get(kind);
        String schema = switch (kind) {
            case SQLITE -> null;
            default -> "My \"Schema\" " + unique();
        };
        VersionTableNames names = new VersionTableNames(schema, "Select \"Version\" Table");
        List<RevisionScript> chain = Plans.chain("odd", new String[] {"CREATE TABLE odd_" + unique() + " (x INTEGER);", ""});
        try {
            Migrator m = migrator(db, names);
            m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain));
            assertThat(m.applied()).extracting(AppliedRevision::id).containsExactly("odd_1");
            assertThat(count(db, db.dialect().qualify(schema, "Select \"Version\" Table"))).isEqualTo(1);
            assertThat(count(db, db.dialect().qualify(schema, "Select \"Version\" Table_log"))).isEqualTo(1);
        } finally {
            if (kind == Kind.MARIADB) {
                db.execute("DROP DATABASE IF EXISTS " + db.dialect().quote(schema));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRevisionThatFailsHalfWay(Kind kind) throws SQLException {
        Db db = databases.get(kind);
        String u = unique();
        String good = "CREATE TABLE ok_" + u + " (x INTEGER);";
        String broken = "CREATE TABLE a_" + u + " (x INTEGER);\nCREATE TABLE b_" + u + " (x INTEGER);\n"
                + "INSERT INTO missing_" + u + " VALUES (1);";
        List<RevisionScript> chain = List.of(Plans.script("half_1", null, good, "DROP TABLE ok_" + u + ";"),
                Plans.script("half_2", "half_1", broken, "DROP TABLE b_" + u + ";\nDROP TABLE a_" + u + ";"));
        VersionTableNames names = new VersionTableNames(null, "v_" + u);
        Migrator m = migrator(db, names);

        assertThatThrownBy(() -> m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("versions/half_2.sql:5: upgrade of half_2 failed at statement 3 of 3: ")
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("missing_" + u));
        assertThat(exists(db, "ok_" + u)).isTrue();
        assertThat(logOperations(db, names)).containsExactly("upgrade", "upgrade-failed");

        if (db.dialect().transactionalDdl()) {
            assertThat(exists(db, "a_" + u)).isFalse();
            assertThat(exists(db, "b_" + u)).isFalse();
            assertThat(m.applied()).extracting(AppliedRevision::id).containsExactly("half_1");
            return;
        }
        // MariaDB and H2 commit each DDL statement: the revision is marked failed where it broke
        assertThat(exists(db, "a_" + u)).isTrue();
        AppliedRevision failed = m.applied().stream().filter(r -> r.id().equals("half_2")).findFirst().orElseThrow();
        assertThat(failed.failed()).isEqualTo(Direction.UPGRADE);
        assertThat(failed.failedStatement()).isEqualTo(3);
        assertThat(failed.failedSql()).isEqualTo("INSERT INTO missing_" + u + " VALUES (1)");
        assertThatThrownBy(() -> m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)))
                .hasMessageStartingWith("revision half_2 failed during upgrade at statement 3 (INSERT INTO missing_")
                .satisfies(e -> assertThat(((RetortException) e).hint()).contains("retort repair"));
        assertThatThrownBy(() -> m.downgrade(Plans.downgradeAll(chain))).hasMessageContaining("half_2 failed");

        db.execute("DROP TABLE a_" + u, "DROP TABLE b_" + u); // the user undoes the committed statements
        assertThat(m.repair(false, Plans.lookup(chain)).revisions()).containsExactly("half_2");
        assertThat(m.applied()).extracting(AppliedRevision::id).containsExactly("half_1");
        List<RevisionScript> fixed = List.of(chain.get(0), Plans.script("half_2", "half_1",
                broken.replace("INSERT INTO missing_" + u + " VALUES (1);", ""), chain.get(1).downgradeSql()));
        m.upgrade(Plans.upgradeAll(fixed), Plans.lookup(fixed));
        assertThat(m.applied()).extracting(AppliedRevision::id).containsExactly("half_1", "half_2");
        assertThat(logOperations(db, names)).containsExactly("upgrade", "upgrade-failed", "repair", "upgrade");
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MARIADB", "H2"})
    void aDowngradeThatFailsHalfWayIsMarkedAndRepairKeepsTheRevisionApplied(Kind kind) throws SQLException {
        Db db = databases.get(kind);
        String u = unique();
        List<RevisionScript> chain = List.of(Plans.script("down_1", null,
                "CREATE TABLE d1_" + u + " (x INTEGER);\nCREATE TABLE d2_" + u + " (x INTEGER);",
                "DROP TABLE d2_" + u + ";\nDROP TABLE nothing_" + u + ";\nDROP TABLE d1_" + u + ";"));
        Migrator m = migrator(db, new VersionTableNames(null, "v_" + u));
        m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain));
        assertThatThrownBy(() -> m.downgrade(Plans.downgradeAll(chain)))
                .hasMessageContaining("downgrade of down_1 failed at statement 2 of 3")
                .hasMessageEndingWith("statements 1 to 1 were committed and the revision is marked failed");
        AppliedRevision row = m.applied().get(0);
        assertThat(row.failed()).isEqualTo(Direction.DOWNGRADE);
        assertThat(row.failedStatement()).isEqualTo(2);
        assertThat(exists(db, "d2_" + u)).isFalse();

        db.execute("CREATE TABLE d2_" + u + " (x INTEGER)"); // the user puts back what the downgrade dropped
        m.repair(false, Plans.lookup(chain));
        assertThat(m.applied()).singleElement().satisfies(r -> assertThat(r.isFailed()).isFalse());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void javaRevisionsGetTheSameTransactionsAndMarkers(Kind kind) throws SQLException {
        Db db = databases.get(kind);
        String u = unique();
        JavaBody body = (direction, connection, before) -> {
            List<String> sql = direction == Direction.UPGRADE
                    ? List.of("CREATE TABLE j1_" + u + " (x INTEGER)", "CREATE TABLE j2_" + u + " (x INTEGER)",
                            "INSERT INTO jmissing_" + u + " VALUES (1)")
                    : List.of("DROP TABLE j2_" + u, "DROP TABLE j1_" + u);
            try (Statement s = connection.createStatement()) {
                for (String q : sql) {
                    before.accept(q);
                    s.execute(q);
                }
            }
        };
        RevisionScript javaScript = RevisionScript.ofJava(Plans.script("java_1", null, "", "").revision(), body,
                TransactionMode.PER_REVISION, "class J {}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<RevisionScript> chain = List.of(javaScript);
        Migrator m = migrator(db, new VersionTableNames(null, "v_" + u));
        assertThatThrownBy(() -> m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)))
                .hasMessageStartingWith("versions/java_1.sql: upgrade of java_1 failed at statement 3: ");
        if (db.dialect().transactionalDdl()) {
            assertThat(exists(db, "j1_" + u)).isFalse();
            assertThat(m.applied()).isEmpty();
        } else {
            assertThat(exists(db, "j1_" + u)).isTrue();
            assertThat(m.applied()).singleElement().satisfies(r -> {
                assertThat(r.failedStatement()).isEqualTo(3);
                assertThat(r.failedSql()).isEqualTo("INSERT INTO jmissing_" + u + " VALUES (1)");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void longUnicodeAndCaseDistinctIdsAreKept(Kind kind) throws SQLException {
        Db db = databases.get(kind);
        String u = unique();
        String longId = "r_" + "x".repeat(700);
        List<RevisionScript> chain = List.of(
                Plans.script(longId, null, "CREATE TABLE l1_" + u + " (x INTEGER);", ""),
                Plans.script("añadir_Año", longId, "CREATE TABLE l2_" + u + " (x INTEGER);", ""),
                Plans.script("añadir_año", "añadir_Año", "CREATE TABLE l3_" + u + " (x INTEGER);", ""));
        Migrator m = migrator(db, new VersionTableNames(null, "v_" + u));
        m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain));
        assertThat(m.applied()).extracting(AppliedRevision::id).containsExactlyInAnyOrder(longId, "añadir_Año", "añadir_año");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readingAFreshDatabaseCreatesNothing(Kind kind) throws SQLException {
        Db db = databases.get(kind);
        VersionTableNames names = new VersionTableNames(null, "fresh_" + unique());
        assertThat(migrator(db, names).applied()).isEmpty();
        assertThat(exists(db, db.dialect().quote(names.table()))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFirstStatementFailureLeavesNoMarker(Kind kind) throws SQLException {
        Db db = databases.get(kind);
        String u = unique();
        List<RevisionScript> chain = List.of(Plans.script("first_1", null, "INSERT INTO nowhere_" + u + " VALUES (1);", ""));
        Migrator m = migrator(db, new VersionTableNames(null, "v_" + u));
        assertThatThrownBy(() -> m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)))
                .hasMessageContaining("failed at statement 1 of 1");
        assertThat(m.applied()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAppliedFileThatChangedStopsTheUpgrade(Kind kind) throws SQLException {
        Db db = databases.get(kind);
        String u = unique();
        List<RevisionScript> before = Plans.chain("sum", new String[] {"CREATE TABLE s1_" + u + " (x INTEGER);", ""});
        Migrator m = migrator(db, new VersionTableNames(null, "v_" + u));
        m.upgrade(Plans.upgradeAll(before), Plans.lookup(before));
        List<RevisionScript> after = Plans.chain("sum",
                new String[] {"CREATE TABLE s1_" + u + " (x INTEGER, y INTEGER);", ""},
                new String[] {"CREATE TABLE s2_" + u + " (x INTEGER);", ""});
        String recorded = before.get(0).checksum();
        String now = after.get(0).checksum();

        assertThatThrownBy(() -> m.upgrade(Plans.upgradeAll(after), Plans.lookup(after)))
                .isInstanceOf(RetortException.class)
                .hasMessage("versions/sum_1.sql: revision sum_1 changed after it was applied: recorded checksum "
                        + recorded + ", file now " + now)
                .satisfies(e -> assertThat(((RetortException) e).hint()).contains("retort repair --accept-checksums"));
        assertThat(exists(db, "s2_" + u)).isFalse();

        m.repair(true, Plans.lookup(after));
        assertThat(m.upgrade(Plans.upgradeAll(after), Plans.lookup(after)).revisions()).containsExactly("sum_2");
        assertThat(m.applied().get(0).checksum()).isEqualTo(now);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void stampAndPurgeRunNoSql(Kind kind) throws SQLException {
        Db db = databases.get(kind);
        String u = unique();
        List<RevisionScript> chain = Plans.chain("st",
                new String[] {"CREATE TABLE st1_" + u + " (x INTEGER);", ""},
                new String[] {"CREATE TABLE st2_" + u + " (x INTEGER);", ""});
        Migrator m = migrator(db, new VersionTableNames(null, "v_" + u));
        m.stamp(applied -> new Migrator.StampPlan(chain, List.of()), false);
        assertThat(exists(db, "st1_" + u)).isFalse();
        assertThat(m.applied()).extracting(AppliedRevision::kind).containsOnly(AppliedRevision.Kind.STAMPED);
        m.stamp(applied -> new Migrator.StampPlan(List.of(), List.of("st_2")), false);
        assertThat(m.applied()).extracting(AppliedRevision::id).containsExactly("st_1");
        m.stamp(applied -> {
            assertThat(applied).isEmpty();
            return new Migrator.StampPlan(List.of(), List.of());
        }, true);
        assertThat(m.applied()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eightConcurrentRunnersApplyEveryRevisionOnce(Kind kind) throws Exception {
        Db db = databases.get(kind);
        String u = unique();
        String[][] revisions = new String[15][];
        for (int i = 0; i < revisions.length; i++) {
            revisions[i] = new String[] {"CREATE TABLE c" + i + "_" + u + " (x INTEGER);", "DROP TABLE c" + i + "_" + u + ";"};
        }
        List<RevisionScript> chain = Plans.chain("conc", revisions);
        VersionTableNames names = new VersionTableNames(null, "v_" + u);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 8; t++) {
            threads.add(new Thread(() -> {
                try {
                    migrator(db, names).upgrade(Plans.upgradeAll(chain), Plans.lookup(chain));
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertThat(errors).isEmpty();
        assertThat(migrator(db, names).applied()).hasSize(15);
        assertThat(logOperations(db, names)).hasSize(15).containsOnly("upgrade");
    }

    static List<String> logOperations(Db db, VersionTableNames names) throws SQLException {
        Dialect d = db.dialect();
        List<String> ops = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + d.quote("operation") + " FROM "
                        + d.qualify(names.schema(), names.logTable()) + " ORDER BY " + d.quote("seq"))) {
            while (rs.next()) {
                ops.add(rs.getString(1));
            }
        }
        return ops;
    }

    static boolean exists(Db db, String table) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static int count(Db db, String table) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
