package dev.retort.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.support.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Scratch places on the four databases: tables go into them, and closing leaves nothing behind. */
class ScratchTest {
    private static final TestDatabases DBS = new TestDatabases(ScratchTest.class);

    @AfterAll
    static void dropDatabases() throws Exception {
        DBS.close();
    }

    private static void createTable(Scratch s) throws SQLException {
        try (Connection c = s.opener().open(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE verify_probe (id INT)");
        }
    }

    private static boolean exists(TestDatabases.Db db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next();
        }
    }

    @Test
    void postgresqlGetsASchemaOfItsOwnThatIsDroppedAfterwards() throws SQLException {
        TestDatabases.Db db = DBS.get(TestDatabases.Kind.POSTGRESQL);
        String schema;
        try (Scratch s = Scratch.create(db.url(), null, null)) {
            schema = s.schema();
            createTable(s);
            assertThat(exists(db, "SELECT 1 FROM information_schema.tables WHERE table_schema = '" + schema
                    + "' AND table_name = 'verify_probe'")).isTrue();
            assertThat(exists(db, "SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' "
                    + "AND table_name = 'verify_probe'")).isFalse();
            assertThat(s.description()).startsWith("scratch schema " + schema + " on jdbc:postgresql://");
        }
        assertThat(exists(db, "SELECT 1 FROM information_schema.schemata WHERE schema_name = '" + schema + "'")).isFalse();
    }

    @Test
    void mariadbGetsADatabaseOfItsOwnThatIsDroppedAfterwards() throws SQLException {
        TestDatabases.Db db = DBS.get(TestDatabases.Kind.MARIADB);
        String schema;
        try (Scratch s = Scratch.create(db.url(), null, null)) {
            schema = s.schema();
            createTable(s);
            assertThat(exists(db, "SELECT 1 FROM information_schema.tables WHERE table_schema = '" + schema
                    + "' AND table_name = 'verify_probe'")).isTrue();
        }
        assertThat(exists(db, "SELECT 1 FROM information_schema.schemata WHERE schema_name = '" + schema + "'")).isFalse();
    }

    @Test
    void sqliteGetsATemporaryFileThatIsDeleted() throws SQLException {
        Path file;
        try (Scratch s = Scratch.create("", null, null)) {
            createTable(s);
            file = Path.of(s.url().substring("jdbc:sqlite:".length()));
            assertThat(file).exists();
        }
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void h2LivesInMemoryUntilClosedAndKeepsTheUrlsMode() throws SQLException {
        String url;
        try (Scratch s = Scratch.create("jdbc:h2:mem:app;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", null, null)) {
            url = s.url();
            assertThat(url).contains(";MODE=PostgreSQL").doesNotContain("DB_CLOSE_DELAY");
            createTable(s);
            try (Connection c = s.opener().open(); Statement st = c.createStatement()) {
                st.executeQuery("SELECT * FROM verify_probe").close(); // another connection sees it
            }
        }
        try (Connection c = java.sql.DriverManager.getConnection(url); Statement st = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.executeQuery("SELECT * FROM verify_probe"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aGivenDatabaseIsUsedAsItIs() {
        try (Scratch s = Scratch.given("jdbc:postgresql://127.0.0.1:5432/x?user=postgres&password=secret&currentSchema=app", "", "")) {
            assertThat(s.schema()).isEqualTo("app");
            assertThat(s.description()).isEqualTo("database jdbc:postgresql://127.0.0.1:5432/x?user=postgres&password=***&currentSchema=app, taken back to base afterwards");
        }
        assertThat(Scratch.withParam("jdbc:postgresql://h/db?currentSchema=a&ssl=true", "currentSchema", "b"))
                .isEqualTo("jdbc:postgresql://h/db?ssl=true&currentSchema=b");
    }
}
