package dev.retort.dialect;

import dev.retort.dialect.registry.Dialects;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which statements end or start a transaction, as the splitter cuts them: bodies of routines never do. */
class TransactionControlTest {
    @Test
    void transactionControlStatementsAreRecognised() {
        assertThat(TransactionControl.of("COMMIT")).isEqualTo("COMMIT");
        assertThat(TransactionControl.of("commit work")).isEqualTo("COMMIT");
        assertThat(TransactionControl.of("ROLLBACK")).isEqualTo("ROLLBACK");
        assertThat(TransactionControl.of("BEGIN")).isEqualTo("BEGIN");
        assertThat(TransactionControl.of("BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE")).isEqualTo("BEGIN");
        assertThat(TransactionControl.of("START TRANSACTION")).isEqualTo("START TRANSACTION");
        assertThat(TransactionControl.of("start /* why */ transaction read write")).isEqualTo("START TRANSACTION");
        assertThat(TransactionControl.of("END")).isEqualTo("END");
        assertThat(TransactionControl.of("END TRANSACTION")).isEqualTo("END");
        assertThat(TransactionControl.of("ABORT")).isEqualTo("ABORT");
        assertThat(TransactionControl.of("PREPARE TRANSACTION 'x'")).isEqualTo("PREPARE TRANSACTION");
    }

    @Test
    void savepointsBlocksAndOrdinaryStatementsAreNot() {
        for (String sql : List.of("ROLLBACK TO SAVEPOINT s1", "ROLLBACK WORK TO s1", "SAVEPOINT s1", "RELEASE SAVEPOINT s1",
                "BEGIN NOT ATOMIC SELECT 1; END", "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "START SLAVE",
                "PREPARE stmt FROM 'SELECT 1'", "CREATE TABLE commit_log (x INTEGER)", "SELECT 'COMMIT'", "",
                "UPDATE t SET ended = 1")) {
            assertThat(TransactionControl.of(sql)).as(sql).isNull();
        }
    }

    @Test
    void aPlpgsqlBodyIsPartOfItsStatement() {
        String script = """
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.updated := now();
                    RETURN NEW;
                END;
                $$;
                DO $$ BEGIN PERFORM 1; END $$;
                CREATE PROCEDURE p() LANGUAGE plpgsql AS 'BEGIN COMMIT; END';
                COMMIT;
                """;
        List<SqlStatement> statements = SqlSplitter.split(script, Dialects.named("postgresql").syntax());
        assertThat(statements).extracting(s -> TransactionControl.of(s.sql())).containsExactly(null, null, null, "COMMIT");
    }

    @Test
    void aMariadbRoutineBodyIsPartOfItsStatement() {
        String script = """
                CREATE PROCEDURE p()
                BEGIN
                    START TRANSACTION;
                    UPDATE t SET x = 1;
                    COMMIT;
                END;
                BEGIN;
                """;
        List<SqlStatement> statements = SqlSplitter.split(script, Dialects.named("mysql").syntax());
        assertThat(statements).extracting(s -> TransactionControl.of(s.sql())).containsExactly(null, "BEGIN");
    }
}
