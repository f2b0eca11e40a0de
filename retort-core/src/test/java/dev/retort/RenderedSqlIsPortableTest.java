package dev.retort;

import dev.retort.dialect.registry.Dialects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.engine.PortableSql;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No false not-portable findings on SQL a database runs: every statement the Ops DSL renders for a
 * database (every example of docs/ops.md, which the dialect tests run for real) passes that
 * database's check.
 */
class RenderedSqlIsPortableTest {
    @Test
    void theDslsSqlForEachDatabasePassesThatDatabasesCheck() {
        List<String> flagged = new ArrayList<>();
        int statements = 0;
        for (OpsReferenceTest.Section section : OpsReferenceTest.sections()) {
            for (OpsReferenceTest.Example example : section.examples()) {
                for (Operation op : Recorder.upgrade(example.migration())) {
                    for (String name : OpsReferenceTest.DIALECTS) {
                        List<String> sql;
                        try {
                            sql = name.equals("sqlite") ? OpsReferenceTest.renderLiveSqlite(op) : OpsReferenceTest.render(op, name);
                        } catch (RetortException needsTheDatabase) {
                            continue; // rendered online only (MySQL restating a column): not SQL anyone writes here
                        }
                        for (String s : sql) {
                            statements++;
                            for (PortableSql.Problem p : PortableSql.statement(new SqlStatement(s, 1), Dialects.named(name),
                                    "upgrade", true)) {
                                flagged.add(name + ": " + p.what() + " in " + s);
                            }
                        }
                    }
                }
            }
        }
        assertThat(statements).isGreaterThan(100);
        assertThat(flagged).isEmpty();
    }
}
