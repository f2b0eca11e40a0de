package dev.retort.lint.sql;

import dev.retort.lint.Step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.sql.SqlStatement;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.Operation;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a revision holds, the classifier answers: every statement gives at least one step on
 * the statement's line, never an exception (lint must not die on SQL it half understands).
 */
class SqlClassifierProperties {
    private static final List<String> WORDS = List.of("CREATE", "TABLE", "ALTER", "DROP", "ADD", "COLUMN", "CONSTRAINT",
            "INDEX", "UNIQUE", "CONCURRENTLY", "IF", "NOT", "EXISTS", "NULL", "DEFAULT", "PRIMARY", "KEY", "FOREIGN",
            "REFERENCES", "CHECK", "VALID", "USING", "ON", "TO", "RENAME", "MODIFY", "CHANGE", "TYPE", "SET", "DATA",
            "lock_timeout", "VALIDATE", "ONLY", "AS", "LIKE", "t", "c", "users", "varchar", "numeric", "serial", "now",
            "(", ")", "(", ")", ",", ".", "=", "::", "''", "'x, y'", "\"\"", "\"q\"", "`b`", "$$ body $$", "1", "10",
            "-- c\n", "/* c */", "WHERE", "CASCADE", "GENERATED", "IDENTITY", "AUTO_INCREMENT", "E'\\''");

    private static final List<String> HEADS = List.of("", "CREATE TABLE", "CREATE TABLE t (", "ALTER TABLE", "ALTER TABLE t",
            "ALTER TABLE t ADD", "ALTER TABLE t ADD CONSTRAINT", "ALTER TABLE t ALTER COLUMN c", "ALTER TABLE t DROP",
            "ALTER TABLE t RENAME", "ALTER TABLE t MODIFY", "ALTER TABLE t CHANGE c", "CREATE INDEX", "CREATE UNIQUE INDEX",
            "DROP TABLE", "DROP INDEX", "RENAME TABLE", "SET");

    @Provide
    Arbitrary<String> statements() {
        return Arbitraries.of(HEADS).flatMap(head -> Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(20)
                .map(ws -> (head + " " + String.join(" ", ws)).strip()).filter(sql -> !sql.isEmpty()));
    }

    @Property(tries = 2000)
    void everyStatementGivesStepsOnItsLine(@ForAll("statements") String sql) {
        for (SqlSyntax syntax : List.of(SqlSyntax.POSTGRESQL, SqlSyntax.MYSQL, SqlSyntax.SQLITE, SqlSyntax.H2)) {
            List<Step> steps = new SqlClassifier(syntax).classify(new SqlStatement(sql, 42));
            assertThat(steps).isNotEmpty().allMatch(s -> s.line() == 42);
        }
    }

    @Property(tries = 300)
    void knownShapesAreNeverMistakenForRawSql(@ForAll("tables") String table, @ForAll("tables") String column) {
        List<Step> steps = new SqlClassifier(SqlSyntax.POSTGRESQL).classify(new SqlStatement(
                "ALTER TABLE " + table + " DROP COLUMN " + column, 1));
        assertThat(steps).extracting(Step::op).containsExactly(new Operation.DropColumn(unquote(table), unquote(column), null));
    }

    @Provide
    Arbitrary<String> tables() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .filter(s -> !List.of("if", "only", "column").contains(s));
        Arbitrary<String> quoted = Arbitraries.strings().withChars("ab \"-.,;()").ofMinLength(1).ofMaxLength(8)
                .map(s -> "\"" + s.replace("\"", "\"\"") + "\"");
        return Arbitraries.oneOf(plain, quoted);
    }

    private static String unquote(String s) {
        return s.startsWith("\"") ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
    }
}
