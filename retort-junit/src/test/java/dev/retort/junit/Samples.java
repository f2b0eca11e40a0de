package dev.retort.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Test classes as users write them, run by {@link ExtensionContract} through the JUnit Platform
 * (never by the build directly: nested classes are not picked up by surefire). The project and
 * database come from the configuration parameters retort.config and retort.url.
 */
final class Samples {
    private Samples() {}

    static int accounts(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM account")) {
            r.next();
            return r.getInt(1);
        }
    }

    static void addAccount(Connection c, int id) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO account (id, name) VALUES (" + id + ", 'a" + id + "')");
        }
    }

    /** The second test sees the first one's row: one database for the class. */
    @RetortTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class OncePerClass {
        @Test
        @Order(1)
        void first(Connection db) throws SQLException {
            addAccount(db, 1);
            assertThat(accounts(db)).isEqualTo(1);
        }

        @Test
        @Order(2)
        void second(Connection db) throws SQLException {
            addAccount(db, 2);
            assertThat(accounts(db)).isEqualTo(2);
        }
    }

    /** Each test starts from an empty database at head. */
    @RetortTest(fresh = true)
    static class FreshPerTest {
        @Test
        void first(Connection db) throws SQLException {
            addAccount(db, 1);
            assertThat(accounts(db)).isEqualTo(1);
        }

        @Test
        void second(Connection db) throws SQLException {
            addAccount(db, 1);
            assertThat(accounts(db)).isEqualTo(1);
        }
    }

    /** The README's JUnit recipe without the container (see README.md, "JUnit"). */
    @RetortTest(fresh = true)
    static class Recipe {
        @Test
        void revisionsAreSound(RetortAssertions retort) {
            retort.assertVerifies();
            retort.assertNoDrift();
            retort.assertDoctorClean();
            retort.assertLintClean();
        }

        @Test
        void storesAccounts(Connection db) throws SQLException {
            try (Statement s = db.createStatement()) {
                s.executeUpdate("INSERT INTO account (id, name) VALUES (1, 'Ada')");
            }
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM account")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("Ada");
            }
        }
    }

    @RetortTest
    static class Verifies {
        @Test
        void verifies(RetortAssertions retort) {
            retort.assertVerifies();
        }
    }

    @RetortTest
    static class NoDrift {
        @Test
        void noDrift(RetortAssertions retort) {
            retort.assertNoDrift();
        }
    }

    /** Migrated to every head, so that a project with two heads still runs. */
    @RetortTest(target = "heads")
    static class DoctorClean {
        @Test
        void doctorClean(RetortAssertions retort) {
            retort.assertDoctorClean();
        }
    }

    @RetortTest
    static class LintClean {
        @Test
        void lintClean(RetortAssertions retort) {
            retort.assertLintClean();
        }
    }

    /**
     * The README's Testcontainers recipe with a database the class owns in place of the container:
     * the url is known only when the class starts.
     */
    static class Registered {
        static final String URL = "jdbc:h2:mem:registered_" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1";

        @RegisterExtension
        static RetortExtension retort = RetortExtension.database(() -> URL, () -> "sa", () -> "");

        @Test
        void revisionsAreSound(RetortAssertions retort) {
            retort.assertVerifies();
            retort.assertDoctorClean();
        }

        @Test
        void migratedTheGivenDatabase(RetortDatabase db, Connection c) throws SQLException {
            assertThat(db.url()).isEqualTo(URL);
            assertThat(accounts(c)).isZero();
        }
    }
}
