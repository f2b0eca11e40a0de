package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.MigrationListener;
import dev.retort.RetortException;
import dev.retort.dialect.LockRequest;
import dev.retort.dialect.SessionLock;
import dev.retort.support.Plans;
import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A runner that finds the lock taken says who holds it, gives up at the timeout, and runs once it is free. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// no Serial.RUNNERS lock: each case sleeps 1.5s waiting, and the bound it checks (6s) leaves seconds for a busy machine
@org.junit.jupiter.api.Order(1) // mostly waiting: starts first, beside the classes that use the CPU
class LockingTest {
    private final TestDatabases databases = new TestDatabases(LockingTest.class);

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aWaitingRunnerNamesTheHolderAndTimesOut(Kind kind) throws Exception {
        Db db = databases.get(kind);
        VersionTableNames names = new VersionTableNames(null, "locked_version");
        List<RevisionScript> chain = Plans.chain("lk", new String[] {"CREATE TABLE lk_1 (x INTEGER);", ""});
        List<String> waits = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void waiting(String message) {
                waits.add(message);
            }
        };
        Migrator m = new Migrator(db.dialect(), db.opener(), names,
                EngineSettings.defaults().withLockTimeout(Duration.ofMillis(1500)), listener);
        try (Connection holder = db.connect();
                SessionLock lock = db.dialect().lock(new LockRequest(holder, db.opener(), null, names.table(),
                        Duration.ofSeconds(5), w -> { }))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)))
                    .isInstanceOf(RetortException.class)
                    .hasMessageStartingWith("timed out after 1500ms waiting for the run lock on locked_version, held by ")
                    .hasMessageContaining(switch (kind) {
                        case POSTGRESQL -> "PostgreSQL backend pid ";
                        case MARIADB -> "(user root from ";
                        case SQLITE -> "another connection of this process (pid " + ProcessHandle.current().pid();
                        case H2 -> "process " + ProcessHandle.current().pid();
                    })
                    .satisfies(e -> assertThat(((RetortException) e).kind()).isEqualTo(RetortException.Kind.FAILED));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(6));
            assertThat(waits).isNotEmpty().allMatch(w -> w.startsWith("waiting for the run lock on locked_version, held by "));
        }
        assertThat(m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)).revisions()).containsExactly("lk_1");
    }
}
