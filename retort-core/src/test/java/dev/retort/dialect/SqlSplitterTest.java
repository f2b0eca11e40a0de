package dev.retort.dialect;

import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.dialect.sql.SqlSyntax;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    private static List<String> texts(String sql, SqlSyntax syntax) {
        return SqlSplitter.split(sql, syntax).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsOnSemicolonsOutsideQuotesAndComments() {
        String sql = """
                -- a leading comment; with a semicolon
                CREATE TABLE "a;b" (x TEXT DEFAULT 'it''s; fine');
                /* block; comment */ INSERT INTO t VALUES ('x');
                SELECT 1 -- trailing; comment
                ;
                """;
        assertThat(texts(sql, SqlSyntax.POSTGRESQL)).containsExactly(
                "CREATE TABLE \"a;b\" (x TEXT DEFAULT 'it''s; fine')",
                "INSERT INTO t VALUES ('x')",
                "SELECT 1 -- trailing; comment");
    }

    @Test
    void keepsTheLineOfEachStatement() {
        String sql = "\n-- c\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n  y INT);\nDROP TABLE a";
        List<SqlStatement> statements = SqlSplitter.split(sql, SqlSyntax.SQLITE, "f.sql", 10);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(12, 14, 16);
    }

    @Test
    void postgresDollarQuotesKeepTheirSemicolons() {
        String sql = """
                CREATE FUNCTION f() RETURNS trigger AS $body$
                BEGIN
                  NEW.x := 'a$$b'; RETURN NEW;
                END; $body$ LANGUAGE plpgsql;
                DO $$ BEGIN PERFORM 1; END $$;
                SELECT $1, a$b$c FROM t;
                """;
        assertThat(texts(sql, SqlSyntax.POSTGRESQL)).hasSize(3)
                .last().isEqualTo("SELECT $1, a$b$c FROM t");
    }

    @Test
    void postgresEscapeStringsAndNestedComments() {
        String sql = "SELECT E'a\\';b'; /* outer /* inner; */ still; */ SELECT 2;";
        assertThat(texts(sql, SqlSyntax.POSTGRESQL)).containsExactly("SELECT E'a\\';b'", "SELECT 2");
    }

    @Test
    void postgresBeginAtomicBody() {
        String sql = """
                CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN a > 0 THEN a ELSE 0 END + b;
                END;
                BEGIN;
                COMMIT;
                """;
        assertThat(texts(sql, SqlSyntax.POSTGRESQL)).hasSize(3).element(1).isEqualTo("BEGIN");
    }

    @Test
    void mysqlDelimiterCommand() {
        String sql = """
                DELIMITER //
                CREATE PROCEDURE p()
                BEGIN
                  SELECT 1; SELECT 2;
                END //
                DELIMITER ;
                CALL p();
                """;
        List<SqlStatement> statements = SqlSplitter.split(sql, SqlSyntax.MYSQL);
        assertThat(statements).extracting(SqlStatement::sql)
                .containsExactly("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1; SELECT 2;\nEND", "CALL p()");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 7);
    }

    @Test
    void mysqlRoutineBodiesWithoutDelimiter() {
        String sql = """
                CREATE DEFINER=`root`@`%` TRIGGER trg BEFORE INSERT ON t FOR EACH ROW
                BEGIN
                  IF NEW.x IS NULL THEN SET NEW.x = 1; END IF;
                  CASE NEW.y WHEN 1 THEN SET NEW.z = 2; ELSE SET NEW.z = 3; END CASE;
                  lbl: LOOP LEAVE lbl; END LOOP;
                END;
                BEGIN;
                INSERT INTO t VALUES ('a\\';b', "c;d", `e;f`); # hash; comment
                """;
        assertThat(texts(sql, SqlSyntax.MYSQL)).hasSize(3)
                .element(2).isEqualTo("INSERT INTO t VALUES ('a\\';b', \"c;d\", `e;f`)");
    }

    @Test
    void mysqlExecutableCommentIsAStatement() {
        assertThat(texts("/*!40101 SET NAMES utf8 */;\nSELECT 1;", SqlSyntax.MYSQL))
                .containsExactly("/*!40101 SET NAMES utf8 */", "SELECT 1");
    }

    @Test
    void mysqlDoubleDashNeedsASpace() {
        assertThat(texts("SELECT 1--1;\nSELECT 2; -- c", SqlSyntax.MYSQL)).containsExactly("SELECT 1--1", "SELECT 2");
    }

    @Test
    void sqliteTriggerBodies() {
        String sql = """
                CREATE TEMP TRIGGER IF NOT EXISTS trg AFTER INSERT ON t BEGIN
                  UPDATE t SET x = CASE WHEN NEW.x IS NULL THEN 0 ELSE NEW.x END WHERE id = NEW.id;
                  INSERT INTO log VALUES (NEW.id);
                END;
                CREATE TABLE end_marker (x);
                """;
        assertThat(texts(sql, SqlSyntax.SQLITE)).hasSize(2).last().isEqualTo("CREATE TABLE end_marker (x)");
    }

    @Test
    void h2PlainDollarQuotesOnly() {
        String sql = "CREATE ALIAS f AS $$ String f() { return \"a;b\"; } $$;\nSELECT 1;";
        assertThat(texts(sql, SqlSyntax.H2)).hasSize(2);
    }

    @Test
    void commentOnlyScriptsHaveNoStatements() {
        assertThat(texts("-- nothing\n/* here */\n;;\n", SqlSyntax.POSTGRESQL)).isEmpty();
    }

    @Test
    void unterminatedQuoteNamesFileAndLine() {
        assertThatThrownBy(() -> SqlSplitter.split("SELECT 1;\nSELECT 'oops;\n", SqlSyntax.POSTGRESQL, "v/a.sql", 7))
                .isInstanceOf(RetortException.class)
                .hasMessage("v/a.sql:8: unterminated quoted text (')");
    }
}
