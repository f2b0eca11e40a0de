package dev.retort.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.ScratchSpace;
import dev.retort.support.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Scratch places on the four databases: a database of its own on the servers (never a schema
 * inside the user's database), dropped on close; one a killed run left behind is dropped by the
 * next run, one a live run holds is not.
 */
class ScratchTest {
    private static final TestDatabases DBS = new TestDatabases(ScratchTest.class);
    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

    @AfterAll
    static void dropDatabases() throws Exception {
        DBS.close();
    }

    private static void createTable(ScratchSpace s) throws SQLException {
        try (Connection c = s.opener().open(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE verify_probe (id INT)");
        }
    }

    private static boolean exists(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next();
        }
    }

    private static void admin(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String pgDatabase(String name) {
        return "SELECT 1 FROM pg_database WHERE datname = '" + name + "'";
    }

    private static String mariadbDatabase(String name) {
        return "SELECT 1 FROM information_schema.schemata WHERE schema_name = '" + name + "'";
    }

    @Test
    void postgresqlGetsADatabaseOfItsOwnThatIsDroppedAfterwards() throws SQLException {
        TestDatabases.Db db = DBS.get(TestDatabases.Kind.POSTGRESQL);
        String name;
        try (ScratchSpace s = Verifier.scratchBeside(db.url(), null, null)) {
            name = s.name();
            assertThat(name).startsWith("retort_scratch_");
            assertThat(s.url()).startsWith("jdbc:postgresql://127.0.0.1:5432/" + name + "?");
            createTable(s);
            assertThat(exists(db.url(), "SELECT 1 FROM information_schema.tables WHERE table_name = 'verify_probe'"))
                    .as("nothing in the user's database").isFalse();
            assertThat(exists(db.url(), "SELECT 1 FROM information_schema.schemata WHERE schema_name LIKE 'retort%'")).isFalse();
            assertThat(exists(PG_ADMIN, pgDatabase(name))).isTrue();
            assertThat(s.fate()).isEqualTo("scratch database " + name + " on jdbc:postgresql://127.0.0.1:5432, dropped afterwards");
        }
        assertThat(exists(PG_ADMIN, pgDatabase(name))).isFalse();
    }

    @Test
    void postgresqlDropsWhatAKilledRunLeftAndKeepsWhatALiveRunHolds() throws Exception {
        TestDatabases.Db db = DBS.get(TestDatabases.Kind.POSTGRESQL);
        // a killed run: its backend (pid 1 never is one; the start does not match either) is gone
        String stale = "retort_scratch_1_" + Long.toString(1_700_000_000L, 36) + "_dead01";
        admin(PG_ADMIN, "CREATE DATABASE " + stale);
        String live;
        long pid;
        try (Connection holder = DriverManager.getConnection(db.url()); Statement st = holder.createStatement();
                ResultSet rs = st.executeQuery("SELECT pid, CAST(EXTRACT(EPOCH FROM backend_start) AS BIGINT) FROM pg_stat_activity "
                        + "WHERE pid = pg_backend_pid()")) {
            rs.next();
            pid = rs.getLong(1);
            live = "retort_scratch_" + pid + "_" + Long.toString(rs.getLong(2), 36) + "_a11ce0";
            admin(PG_ADMIN, "CREATE DATABASE " + live);
            try (ScratchSpace s = Verifier.scratchBeside(db.url(), null, null)) {
                assertThat(exists(PG_ADMIN, pgDatabase(stale))).as("the killed run's database is dropped").isFalse();
                assertThat(exists(PG_ADMIN, pgDatabase(live))).as("the live run's database is kept").isTrue();
            }
        } finally {
            admin(PG_ADMIN, "DROP DATABASE IF EXISTS " + stale);
        }
        assertThat(exists(PG_ADMIN, pgDatabase(live))).isTrue();
        for (int i = 0; i < 100 && exists(PG_ADMIN, "SELECT 1 FROM pg_stat_activity WHERE pid = " + pid); i++) {
            Thread.sleep(50); // the server ends a closed session's backend a moment later
        }
        try (ScratchSpace s = Verifier.scratchBeside(db.url(), null, null)) {
            assertThat(exists(PG_ADMIN, pgDatabase(live))).as("its holder has ended now").isFalse();
        } finally {
            admin(PG_ADMIN, "DROP DATABASE IF EXISTS " + live);
        }
    }

    @Test
    void mariadbGetsADatabaseOfItsOwnThatIsDroppedAfterwards() throws SQLException {
        TestDatabases.Db db = DBS.get(TestDatabases.Kind.MARIADB);
        String schema;
        try (ScratchSpace s = Verifier.scratchBeside(db.url(), null, null)) {
            schema = s.name();
            createTable(s);
            assertThat(exists(db.url(), "SELECT 1 FROM information_schema.tables WHERE table_schema = '" + schema
                    + "' AND table_name = 'verify_probe'")).isTrue();
        }
        assertThat(exists(db.url(), mariadbDatabase(schema))).isFalse();
    }

    @Test
    void mariadbDropsWhatAKilledRunLeftAndKeepsWhatALiveRunHolds() throws SQLException {
        TestDatabases.Db db = DBS.get(TestDatabases.Kind.MARIADB);
        String stale = "retort_scratch_999999999_" + Long.toString(1_700_000_000L, 36) + "_dead02";
        admin(MARIADB_ADMIN, "CREATE DATABASE " + stale);
        try (Connection holder = DriverManager.getConnection(db.url()); Statement st = holder.createStatement();
                ResultSet rs = st.executeQuery("SELECT CONNECTION_ID(), UNIX_TIMESTAMP()")) {
            rs.next();
            String live = "retort_scratch_" + rs.getLong(1) + "_" + Long.toString(rs.getLong(2), 36) + "_a11ce1";
            admin(MARIADB_ADMIN, "CREATE DATABASE " + live);
            try (ScratchSpace s = Verifier.scratchBeside(db.url(), null, null)) {
                assertThat(exists(MARIADB_ADMIN, mariadbDatabase(stale))).isFalse();
                assertThat(exists(MARIADB_ADMIN, mariadbDatabase(live))).isTrue();
            } finally {
                admin(MARIADB_ADMIN, "DROP DATABASE IF EXISTS " + live);
            }
        } finally {
            admin(MARIADB_ADMIN, "DROP DATABASE IF EXISTS " + stale);
        }
    }

    @Test
    void sqliteGetsATemporaryFileThatIsDeletedAndAKilledRunsFileGoesToo() throws Exception {
        Path stale = Files.createTempFile("retort-scratch-" + Integer.MAX_VALUE + "-", ".db");
        Path file;
        try (ScratchSpace s = Verifier.scratchBeside("", null, null)) {
            createTable(s);
            file = Path.of(s.url().substring("jdbc:sqlite:".length()));
            assertThat(file).exists();
            assertThat(stale).doesNotExist();
        }
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void h2LivesInMemoryUntilClosedAndKeepsTheUrlsModeButNotItsInitScript() throws SQLException {
        String url;
        try (ScratchSpace s = Verifier.scratchBeside("jdbc:h2:mem:app;MODE=PostgreSQL;DB_CLOSE_DELAY=-1;INIT=RUNSCRIPT FROM '/nowhere.sql'",
                null, null)) {
            url = s.url();
            assertThat(url).contains(";MODE=PostgreSQL").doesNotContain("DB_CLOSE_DELAY").doesNotContain("INIT");
            createTable(s);
            try (Connection c = s.opener().open(); Statement st = c.createStatement()) {
                st.executeQuery("SELECT * FROM verify_probe").close(); // another connection sees it
            }
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.executeQuery("SELECT * FROM verify_probe"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aGivenDatabaseIsUsedAsItIs() {
        try (ScratchSpace s = Verifier.givenDatabase("jdbc:postgresql://127.0.0.1:5432/x?user=postgres&password=secret&currentSchema=app", "", "")) {
            assertThat(s.schema()).isEqualTo("app");
            assertThat(s.fate()).isEqualTo("database jdbc:postgresql://127.0.0.1:5432/x?user=postgres&password=***&currentSchema=app, taken back to base afterwards");
        }
    }
}
