package dev.retort.engine;

import dev.retort.dialect.registry.Dialects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.MigrationListener;
import dev.retort.dialect.Dialect;
import dev.retort.support.Plans;
import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Kind;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Separate runner processes on one database: eight at once apply every revision exactly once,
 * and one killed with SIGKILL in the middle of a revision leaves no lock behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// starts runner JVMs or times a lock wait: never beside another class that does (Serial.RUNNERS)
@org.junit.jupiter.api.parallel.ResourceLock(dev.retort.support.Serial.RUNNERS)
@org.junit.jupiter.api.Order(1) // one of the longest classes here: starts first
class ProcessRunnersTest {
    private final TestDatabases databases = new TestDatabases(ProcessRunnersTest.class);
    private Server h2;

    @BeforeAll
    void startH2Server() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        h2 = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
    }

    @AfterAll
    void stop() throws Exception {
        databases.close();
        h2.stop();
    }

    /** A url every process can reach: H2 goes through the TCP server (an in-memory database is per JVM). */
    private String url(Kind kind, String name) throws SQLException {
        if (kind != Kind.H2) {
            return databases.get(kind).url();
        }
        String url = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:" + name + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE ALIAS IF NOT EXISTS RETORT_TEST_SLEEP FOR 'dev.retort.engine.RunnerMain.sleep'");
        }
        return url;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eightProcessesApplyEveryRevisionExactlyOnce(Kind kind) throws Exception {
        String url = url(kind, "eight");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            processes.add(RunnerMain.start(url, "eight_version", "eight", "12", "0", "0"));
        }
        int total = 0;
        for (Process p : processes) {
            String out = finish(p, 120);
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).as(out).startsWith("applied ");
            total += Integer.parseInt(out.strip().substring("applied ".length()));
        }
        assertThat(total).isEqualTo(12);
        assertThat(operations(url, "eight_version_log")).hasSize(12).containsOnly("upgrade");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRunnerKilledMidRevisionLeavesNoLockBehind(Kind kind) throws Exception {
        String url = url(kind, "killed");
        Process p = RunnerMain.start(url, "killed_version", "killed", "3", "2", "20");
        waitForLogRows(url, "killed_version_log", 1, p);
        Thread.sleep(500); // well inside revision 2's sleep
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL

        Dialect d = Dialects.fromUrl(url);
        Migrator m = new Migrator(d, () -> DriverManager.getConnection(url), new VersionTableNames(null, "killed_version"),
                EngineSettings.defaults(), MigrationListener.NONE);
        if (!d.transactionalDdl()) {
            // the revision was in flight with statements committing one by one: refuse until repaired
            Process refused = RunnerMain.start(url, "killed_version", "killed", "3", "0", "0");
            String out = finish(refused, 120);
            assertThat(refused.exitValue()).as(out).isEqualTo(1);
            assertThat(out).contains("revision killed_2 was interrupted during upgrade");
            m.repair(false, id -> java.util.Optional.empty());
        }
        Process rerun = RunnerMain.start(url, "killed_version", "killed", "3", "0", "0");
        String out = finish(rerun, 120);
        assertThat(rerun.exitValue()).as(out).isZero();
        assertThat(out.strip()).isEqualTo("applied 2");
        assertThat(m.applied()).extracting(AppliedRevision::id).containsExactlyInAnyOrder("killed_1", "killed_2", "killed_3");
        List<String> ops = operations(url, "killed_version_log");
        assertThat(ops.stream().filter(o -> o.equals("upgrade"))).hasSize(3);
        // no lock left behind: a run with a short timeout gets it at once
        Migrator quick = new Migrator(d, () -> DriverManager.getConnection(url), new VersionTableNames(null, "killed_version"),
                EngineSettings.defaults().withLockTimeout(java.time.Duration.ofSeconds(2)), MigrationListener.NONE);
        List<RevisionScript> chain = RunnerMain.chain(d, "killed", 3, 0, 0);
        assertThat(quick.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)).revisions()).isEmpty();
    }

    private static String finish(Process p, int seconds) throws Exception {
        boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
            throw new AssertionError("runner did not finish in " + seconds + "s: " + out);
        }
        return out;
    }

    private static void waitForLogRows(String url, String table, int rows, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("runner ended early: " + new String(p.getInputStream().readAllBytes()));
            }
            try {
                if (operations(url, table).size() >= rows) {
                    return;
                }
            } catch (SQLException notYet) {
                // the table does not exist yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log rows after 60s");
    }

    private static List<String> operations(String url, String logTable) throws SQLException {
        Dialect d = Dialects.fromUrl(url);
        List<String> ops = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + d.quote("operation") + " FROM " + d.quote(logTable)
                        + " ORDER BY " + d.quote("seq"))) {
            while (rs.next()) {
                ops.add(rs.getString(1));
            }
        }
        return ops;
    }
}
