package dev.retort.dialect.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.dialect.sql.SqlToken.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases where the four lexers Retort had disagreed; now the splitter and every reader agree. */
class SqlLexerTest {

    @Test
    void mysqlDoubleQuotedStringWithEscapedQuoteAndSemicolonIsOneStatementAndOneLiteral() {
        String sql = "INSERT INTO t VALUES (\"a\\\"b; c\");\nSELECT 1;";
        List<SqlStatement> statements = SqlSplitter.split(sql, SqlSyntax.MYSQL);
        assertThat(statements).extracting(SqlStatement::sql)
                .containsExactly("INSERT INTO t VALUES (\"a\\\"b; c\")", "SELECT 1");

        List<SqlToken> tokens = SqlLexer.tokens(statements.get(0).sql(), SqlSyntax.MYSQL, 1);
        assertThat(tokens).extracting(SqlToken::text)
                .containsExactly("INSERT", "INTO", "t", "VALUES", "(", "\"a\\\"b; c\"", ")");
        assertThat(tokens).filteredOn(t -> t.kind() == Kind.STRING).hasSize(1);
    }

    @Test
    void postgresDoubleQuotesNameAnIdentifierWithoutEscapes() {
        List<SqlToken> tokens = SqlLexer.tokens("SELECT \"a\\\" FROM t", SqlSyntax.POSTGRESQL, 1);
        assertThat(tokens).extracting(SqlToken::kind).containsExactly(Kind.WORD, Kind.QUOTED, Kind.WORD, Kind.WORD);
        assertThat(tokens.get(1).name()).isEqualTo("a\\");
    }

    @Test
    void mysqlDashDashNeedsASpaceToStartAComment() {
        assertThat(SqlSplitter.split("SELECT 1--1;\nSELECT 2 -- done;\n;", SqlSyntax.MYSQL))
                .extracting(SqlStatement::sql).containsExactly("SELECT 1--1", "SELECT 2 -- done;");
        assertThat(SqlLexer.tokens("SELECT 1--1", SqlSyntax.MYSQL, 1)).extracting(SqlToken::text)
                .containsExactly("SELECT", "1", "-", "-", "1");
        assertThat(SqlLexer.tokens("SELECT 1--1", SqlSyntax.POSTGRESQL, 1)).extracting(SqlToken::text)
                .containsExactly("SELECT", "1");
    }

    @Test
    void postgresEscapeStringIsOneLiteral() {
        List<SqlToken> tokens = SqlLexer.tokens("SELECT E'it\\'s; ok', e'x'", SqlSyntax.POSTGRESQL, 1);
        assertThat(tokens).extracting(SqlToken::text).containsExactly("SELECT", "E'it\\'s; ok'", ",", "e'x'");
        assertThat(SqlSplitter.split("SELECT E'it\\'s; ok';", SqlSyntax.POSTGRESQL)).hasSize(1);
    }

    @Test
    void mariadbDumpSandboxMarkerIsAPlainComment() {
        // mysqldump from MariaDB 10.11 opens every dump with it; no server version reaches 999999
        String sql = "/*M!999999\\- enable the sandbox mode */\n/*!40101 SET NAMES utf8mb4 */;\nUSE `db`;";
        assertThat(SqlSplitter.split(sql, SqlSyntax.MYSQL)).extracting(SqlStatement::sql)
                .containsExactly("/*!40101 SET NAMES utf8mb4 */", "USE `db`");
        assertThat(SqlLexer.tokens("/*M!999999\\- enable the sandbox mode */", SqlSyntax.MYSQL, 1)).isEmpty();
    }

    @Test
    void mysqlExecutableCommentsAreReadAsTheServerRunsThem() {
        String sql = "/*M!100100 CREATE DATABASE */ x;\n/*!40101 SET a = 1 */;";
        assertThat(SqlSplitter.split(sql, SqlSyntax.MYSQL)).extracting(SqlStatement::sql)
                .containsExactly("/*M!100100 CREATE DATABASE */ x", "/*!40101 SET a = 1 */");
        assertThat(SqlLexer.tokens("/*M!100100 CREATE DATABASE */ x", SqlSyntax.MYSQL, 1)).extracting(SqlToken::text)
                .containsExactly("CREATE", "DATABASE", "x");
    }

    @Test
    void sqliteBracketsQuoteNamesAndNumbersKeepTheirFraction() {
        List<SqlToken> tokens = SqlLexer.tokens("CREATE TABLE [my t] (a REAL DEFAULT -1.5)", SqlSyntax.SQLITE, 1);
        assertThat(tokens.get(2).kind()).isEqualTo(Kind.QUOTED);
        assertThat(tokens.get(2).name()).isEqualTo("my t");
        assertThat(tokens).extracting(SqlToken::text).contains("-", "1.5");
        // elsewhere [ is punctuation: PostgreSQL's arrays
        assertThat(SqlLexer.tokens("ARRAY[1]", SqlSyntax.POSTGRESQL, 1)).extracting(SqlToken::text)
                .containsExactly("ARRAY", "[", "1", "]");
    }

    @Test
    void mysqlNameStartingWithADigitStaysQualified() {
        assertThat(SqlLexer.tokens("SELECT * FROM 2024db.t", SqlSyntax.MYSQL, 1)).extracting(SqlToken::text)
                .containsExactly("SELECT", "*", "FROM", "2024db", ".", "t");
    }

    @Test
    void aScriptStopsAtAnUnterminatedStringButOneStatementEndsAtTheEnd() {
        assertThatThrownBy(() -> SqlSplitter.split("SELECT 1;\nSELECT 'x;", SqlSyntax.POSTGRESQL, "V1.sql", 1))
                .isInstanceOf(RetortException.class).hasMessageContaining("V1.sql:2: unterminated quoted text");
        assertThat(SqlLexer.tokens("SELECT 'x", SqlSyntax.POSTGRESQL, 1)).extracting(SqlToken::kind)
                .containsExactly(Kind.WORD, Kind.STRING);
    }
}
