package dev.retort.dialect;

import dev.retort.dialect.registry.Dialects;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The statement checks of scratch runs, read with the lexer: what is refused, rewritten and let through. */
class ScratchGuardTest {
    private static final Dialect MYSQL = Dialects.named("mysql");
    private static final ScratchGuard.Scope VERIFY = new ScratchGuard.Scope("retort_scratch_1_a_b", Set.of("app"), false, false);
    private static final ScratchGuard.Scope DUMP = new ScratchGuard.Scope("retort_scratch_1_a_b", Set.of("app"), false, true);

    private static String run(Dialect d, ScratchGuard.Scope scope, String sql) {
        List<SqlStatement> out = ScratchGuard.of(d, scope).check("f.sql", SqlSplitter.split(sql, d.syntax(), "f.sql", 1));
        return String.join(";\n", out.stream().map(SqlStatement::sql).toList());
    }

    private static String refusal(Dialect d, ScratchGuard.Scope scope, String sql) {
        try {
            run(d, scope, sql);
        } catch (RetortException e) {
            assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
            return e.getMessage();
        }
        throw new AssertionError("not refused: " + sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "USE realdb",
        "DROP TABLE realdb.users",
        "DROP TABLE t, `realdb`.`users`",
        "CREATE TABLE realdb . audit_trail (id INT)",
        "RENAME TABLE a TO realdb.b",
        "ALTER TABLE a RENAME TO realdb.b",
        "INSERT INTO t SELECT * FROM realdb.users",
        "INSERT INTO realdb.users (id) VALUES (1)",
        "UPDATE t JOIN realdb.users u ON u.id = t.id SET t.a = 1",
        "DELETE FROM realdb.users WHERE id > 0",
        "DELETE t FROM t, realdb.users WHERE t.id = 1",
        "DROP DATABASE realdb",
        "CREATE DATABASE other",
        "CREATE TABLE t LIKE realdb.users",
        "CREATE TABLE t (a INT, FOREIGN KEY (a) REFERENCES realdb.p (id))",
        "SELECT realdb.users.id FROM t",
        "SELECT realdb.f(1)",
        "TRUNCATE realdb.users",
        "/*!40101 USE realdb */",
        "CREATE VIEW v AS SELECT * FROM t WHERE id IN (SELECT id FROM realdb.users)",
        "GRANT ALL ON realdb.* TO 'u'@'%'",
        "SET GLOBAL max_connections = 1",
        "SET @@GLOBAL.sql_mode = ''",
        "SELECT * FROM t INTO OUTFILE '/tmp/x'",
        "LOAD DATA INFILE '/etc/passwd' INTO TABLE t",
        "DROP USER 'app'@'%'",
        "CREATE TABLE t (id INT) ENGINE=CONNECT TABLE_TYPE=CSV FILE_NAME='/tmp/x.csv'",
        "SHUTDOWN"})
    void mysqlRefusesWhatReachesAnotherDatabaseOrTheServer(String sql) {
        assertThat(refusal(MYSQL, VERIFY, "SELECT 1;\n\n" + sql + ";\n")).startsWith("f.sql:3: ");
    }

    @Test
    void theRefusalNamesTheDatabaseAndTheWayOut() {
        assertThatThrownBy(() -> run(MYSQL, VERIFY, "DROP TABLE realdb.users;"))
                .hasMessage("f.sql:1: names database 'realdb', which is not the scratch database's to reach")
                .satisfies(e -> assertThat(((RetortException) e).hint()).contains("[verify] url"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT u.id, u.name FROM users u JOIN orders o ON o.user_id = u.id WHERE u.id > 1 ORDER BY u.name, o.id",
        "UPDATE users u SET u.name = o.name FROM orders o",
        "INSERT INTO t (a, b) SELECT x.a, x.b FROM x",
        "SELECT t.* FROM t",
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()",
        "SET @saved_cs_client = @@character_set_client",
        "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */",
        "CREATE TABLE t (a INT) ENGINE=InnoDB",
        "SELECT 'realdb.users', \"USE realdb\" -- realdb.users"})
    void mysqlLetsColumnsAliasesAndTextThrough(String sql) {
        assertThat(run(MYSQL, VERIFY, sql)).isEqualTo(sql);
    }

    @Test
    void theConfiguredDatabaseMeansTheScratchDatabase() {
        assertThat(run(MYSQL, VERIFY, "USE app; DROP TABLE app.users; CREATE TABLE `app`.t (id INT); SELECT app.f(1)"))
                .isEqualTo("USE `retort_scratch_1_a_b`;\nDROP TABLE `retort_scratch_1_a_b`.users;\n"
                        + "CREATE TABLE `retort_scratch_1_a_b`.t (id INT);\nSELECT `retort_scratch_1_a_b`.f(1)");
        assertThat(ScratchGuard.of(MYSQL, VERIFY).rewrite("f.sql", "-- drop\nDROP TABLE\n  app.users;\nDROP DATABASE app;\n", 5))
                .isEqualTo("-- drop\nDROP TABLE\n  `retort_scratch_1_a_b`.users;\n/* left out by the scratch run */ SELECT 1;\n");
    }

    @Test
    void aMysqldumpDeclaresItsDatabaseOnce() {
        String dump = """
                /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
                CREATE DATABASE /*!32312 IF NOT EXISTS*/ `shop` /*!40100 DEFAULT CHARACTER SET utf8mb4 */;
                USE `shop`;
                DROP TABLE IF EXISTS `users`;
                CREATE TABLE `shop`.`users` (id INT);
                """;
        assertThat(run(MYSQL, DUMP, dump)).isEqualTo("""
                /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
                USE `retort_scratch_1_a_b`;
                DROP TABLE IF EXISTS `users`;
                CREATE TABLE `retort_scratch_1_a_b`.`users` (id INT)""");
        assertThat(refusal(MYSQL, DUMP, dump + "USE other;\n")).startsWith("f.sql:6: names database 'other'");
        assertThat(refusal(MYSQL, VERIFY, dump)).as("a revision declares nothing").startsWith("f.sql:2: ");
    }

    @Test
    void aServerMeantForScratchWorkTakesAnyDatabaseName() {
        ScratchGuard.Scope dedicated = new ScratchGuard.Scope("s", Set.of("app"), true, false);
        assertThat(run(MYSQL, dedicated, "DROP TABLE realdb.users")).isEqualTo("DROP TABLE realdb.users");
        assertThat(run(MYSQL, dedicated, "SET GLOBAL x = 1")).isEqualTo("SET GLOBAL x = 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DROP DATABASE other", "ALTER DATABASE other RENAME TO x", "CREATE DATABASE x TEMPLATE app2",
        "ALTER SYSTEM SET work_mem = '1GB'", "DROP ROLE app_user", "COPY t TO '/tmp/x.csv'", "COPY t FROM PROGRAM 'rm -rf /'",
        "CREATE EXTENSION dblink", "SELECT dblink_exec('dbname=app', 'DROP TABLE legacy')"})
    void postgresqlRefusesWhatReachesPastTheScratchDatabase(String sql) {
        assertThat(refusal(Dialects.named("postgresql"), VERIFY, sql)).startsWith("f.sql:1: ");
    }

    @Test
    void postgresqlLeavesOutStatementsOnTheDescribedDatabase() {
        Dialect pg = Dialects.named("postgresql");
        assertThat(run(pg, DUMP, "SET x = 1; CREATE DATABASE shop WITH TEMPLATE = template0; ALTER DATABASE shop OWNER TO u;"
                + " CREATE TABLE public.users (id int); DROP TABLE public.legacy; SET search_path = ''; COMMIT"))
                .isEqualTo("SET x = 1;\nCREATE TABLE public.users (id int);\nDROP TABLE public.legacy;\nSET search_path = '';\nCOMMIT");
        assertThat(ScratchGuard.withoutClientCommands(pg, "\\restrict abc\nCREATE TABLE t (id int);\n\\connect app\n"))
                .isEqualTo("\nCREATE TABLE t (id int);\n\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ATTACH DATABASE '/home/me/app.db' AS real", "ATTACH 'app.db' AS x", "VACUUM INTO '/tmp/copy.db'"})
    void sqliteRefusesFiles(String sql) {
        assertThat(refusal(Dialects.named("sqlite"), VERIFY, sql)).startsWith("f.sql:1: ");
    }

    @Test
    void sqliteAttachesMemoryAndSkipsItsOwnTables() {
        Dialect sqlite = Dialects.named("sqlite");
        assertThat(run(sqlite, DUMP, "ATTACH DATABASE ':memory:' AS m; CREATE TABLE sqlite_sequence(name,seq); CREATE TABLE main.t (id)"))
                .isEqualTo("ATTACH DATABASE ':memory:' AS m;\nCREATE TABLE main.t (id)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUNSCRIPT FROM '/tmp/x.sql'", "SCRIPT TO '/tmp/dump.sql'", "BACKUP TO '/tmp/b.zip'",
        "CREATE LINKED TABLE l('org.h2.Driver', 'jdbc:h2:mem:app', '', '', 'LEGACY')",
        "CREATE FORCE LINKED TABLE l('', 'jdbc:h2:~/app', '', '', 'T')", "CALL LINK_SCHEMA('x', '', 'jdbc:h2:mem:app', '', '', 'PUBLIC')",
        "CALL CSVWRITE('/tmp/x.csv', 'SELECT 1')", "SELECT * FROM CSVREAD('/etc/passwd')", "SELECT FILE_READ('/etc/passwd')",
        "CALL FILE_WRITE('x', '/tmp/y')", "CREATE ALIAS DEL FOR 'java.nio.file.Files.delete'",
        "CREATE TRIGGER t BEFORE INSERT ON x AS $$org.h2.api.Trigger create() { return null; }$$"})
    void h2RefusesFilesOtherDatabasesAndJavaCode(String sql) {
        assertThat(refusal(Dialects.named("h2"), VERIFY, sql)).startsWith("f.sql:1: ");
    }

    @Test
    void h2LetsPlainStatementsThrough() {
        assertThat(run(Dialects.named("h2"), VERIFY, "SCRIPT; CREATE TABLE script_to (id INT)"))
                .isEqualTo("SCRIPT;\nCREATE TABLE script_to (id INT)");
    }
}
