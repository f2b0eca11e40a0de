package dev.retort.lint;

import dev.retort.lint.run.LintReports;
import dev.retort.lint.run.Lint;
import dev.retort.lint.rules.DropTableRule;
import dev.retort.lint.rules.Rule;
import dev.retort.lint.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.report.Finding;
import dev.retort.report.Silenced;
import dev.retort.support.TestProject;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Allowances, dialects, schema knowledge across revisions and branches, and the three outputs. */
class LintBehaviourTest {
    @TempDir
    Path dir;

    private TestProject project() {
        TestProject p = new TestProject(dir);
        p.sql("root0", null, LintCases.BASE, "DROP TABLE orders;\nDROP TABLE users;");
        return p;
    }

    private static List<String> codes(LintReport r, String fileName) {
        return r.findings().stream().filter(f -> f.file().getFileName().toString().equals(fileName)).map(Finding::code).toList();
    }

    @Test
    void anAllowCommentSilencesItsCodeInItsRevisionOnlyAndKeepsTheReason() {
        TestProject p = project();
        p.sql("a", "root0", """
                -- retort:allow drop-column: the column was unused since 2.3
                SET lock_timeout = '5s';
                ALTER TABLE users DROP COLUMN note;
                DROP TABLE orders;""", "SELECT 1;");
        p.sql("b", "a", "SET lock_timeout = '5s';\nALTER TABLE users DROP COLUMN login;", "SELECT 1;");
        LintReport r = LintProject.lint(p, "postgresql", "root0");
        assertThat(codes(r, "a.sql")).containsExactly("drop-table");
        assertThat(codes(r, "b.sql")).containsExactly("drop-column");
        assertThat(r.silenced()).extracting(s -> s.finding().code(), Silenced::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("drop-column", "the column was unused since 2.3"));
        assertThat(r.silenced().get(0).finding().line()).isEqualTo(9);

        StringBuilder quiet = new StringBuilder();
        LintReports.text(r, dir, false, quiet);
        assertThat(quiet.toString()).doesNotContain("ALLOWED").endsWith(
                "lint: 2 findings (2 errors, 0 warnings) in 2 revisions (all revisions); 1 silenced (-v shows them); for postgresql\n");
        StringBuilder verbose = new StringBuilder();
        LintReports.text(r, dir, true, verbose);
        assertThat(verbose.toString()).contains("ALLOWED drop-column migrations/versions/a.sql:9 drops column users.note\n"
                + "    reason: the column was unused since 2.3\n");
    }

    @Test
    void aColumnRenameIsAWarningWithTheExpandContractAdviceInSqlAndJava() {
        TestProject p = project();
        p.sql("a", "root0", "SET lock_timeout = '5s';\nALTER TABLE users RENAME COLUMN login TO username;",
                "SET lock_timeout = '5s';\nALTER TABLE users RENAME COLUMN username TO login;");
        p.java("b", "a", "op.execute(\"SET lock_timeout = '5s'\");\nop.renameColumn(\"users\", \"username\", \"handle\");",
                "op.renameColumn(\"users\", \"handle\", \"username\");", null);
        LintReport r = LintProject.lint(p, "postgresql", "root0");
        assertThat(r.findings()).filteredOn(f -> f.code().equals("rename-column")).hasSize(2)
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(dev.retort.report.Severity.WARNING);
                    assertThat(f.fix()).startsWith("expand/contract");
                });
        assertThat(r.fails(false)).isFalse();
    }

    @Test
    void anIrreversibleOperationOfAJavaRevisionIsFoundAtItsLineWhenLoaded() throws java.io.IOException {
        TestProject p = project();
        Path file = p.java("a", "root0", "op.addColumn(\"users\", \"note\", TEXT);\nop.dropColumn(\"users\", \"login\");", null, null);
        LintReport r = LintProject.lint(p, "postgresql", "root0");
        assertThat(codes(r, "a.java")).contains("irreversible-operation");
        var f = r.findings().stream().filter(x -> x.code().equals("irreversible-operation")).findFirst().orElseThrow();
        assertThat(f.message()).contains("dropColumn(\"users\", \"login\")");
        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertThat(lines.get(f.line() - 1)).as("the finding points at the call").contains("op.dropColumn(\"users\", \"login\")");
        assertThat(f.severity()).isEqualTo(dev.retort.report.Severity.WARNING);
    }

    @Test
    void repeatedAllowAnnotationsSilenceSeveralCodesOfAJavaRevision() {
        TestProject p = project();
        p.java("a", "root0", """
                op.dropColumn("users", "note");
                op.dropTable("orders");""", "op.execute(\"SELECT 1\");", null,
                "@Allow(value = \"drop-column\", reason = \"unused\")", "@Allow({\"drop-table\", \"missing-lock-timeout\"})");
        LintReport r = LintProject.lint(p, "postgresql", "root0");
        assertThat(r.findings()).isEmpty();
        assertThat(r.silenced()).extracting(s -> s.finding().code() + ": " + s.reason())
                .containsExactlyInAnyOrder("drop-column: unused", "drop-table: ", "missing-lock-timeout: ");
        assertThat(r.fails(true)).isFalse();
    }

    @Test
    void checksForOneDatabaseRunOnlyForIt() {
        TestProject p = project();
        p.sql("a", "root0", """
                CREATE INDEX users_name ON users (name);
                CREATE TABLE payments (id BIGINT PRIMARY KEY, order_id BIGINT REFERENCES orders (id));
                ALTER TABLE users ADD COLUMN seen_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP;""", "SELECT 1;");
        assertThat(codes(LintProject.lint(p, "postgresql", "root0"), "a.sql")).containsExactly(
                "create-index-not-concurrently", "missing-lock-timeout", "foreign-key-without-index", "volatile-default");
        // InnoDB indexes foreign keys itself and builds indexes online
        assertThat(codes(LintProject.lint(p, "mysql", "root0"), "a.sql")).containsExactly("volatile-default");
        LintReport sqlite = LintProject.lint(p, "sqlite", "root0");
        assertThat(codes(sqlite, "a.sql")).containsExactly("foreign-key-without-index", "volatile-default");
        assertThat(sqlite.findings().get(1).why()).contains("SQLite refuses");
        LintReport unknown = LintProject.lint(p, null, "root0");
        assertThat(codes(unknown, "a.sql")).containsExactly("foreign-key-without-index", "volatile-default");
        StringBuilder text = new StringBuilder();
        LintReports.text(unknown, dir, false, text);
        assertThat(text.toString()).contains("database unknown, checks for one database skipped (pass --dialect)");
    }

    @Test
    void aRevisionIsJudgedAgainstItsAncestorsNotASiblingBranch() {
        TestProject p = project();
        p.sql("widen", "root0", "SET lock_timeout = '5s';\nALTER TABLE users ALTER COLUMN email TYPE TEXT;", "SELECT 1;");
        p.sql("index", "root0", "CREATE TABLE payments (id BIGINT PRIMARY KEY, order_id BIGINT);\n"
                + "CREATE INDEX payments_order ON payments (order_id);", "DROP TABLE payments;");
        p.sql("later", "index", """
                SET lock_timeout = '5s';
                ALTER TABLE payments ADD CONSTRAINT payments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
                ALTER TABLE users ALTER COLUMN email TYPE VARCHAR(300);""", "SELECT 1;");
        LintReport r = LintProject.lint(p, "postgresql", "root0");
        // varchar(200) -> varchar(300) widens; the sibling's TEXT is not this branch's history
        assertThat(codes(r, "later.sql")).isEmpty();
        assertThat(codes(r, "widen.sql")).isEmpty();
    }

    @Test
    void aTypeChangeWithAnUnknownOldTypeIsReported() {
        TestProject p = new TestProject(dir);
        p.sql("a", null, "SET lock_timeout = '5s';\nALTER TABLE legacy MODIFY amount DECIMAL(8, 2) NOT NULL;", "SELECT 1;");
        LintReport r = LintProject.lint(p, "mysql");
        assertThat(r.findings()).extracting(Finding::message)
                .containsExactly("changes the type of legacy.amount to numeric(8, 2) (lint cannot tell its old type)");
    }

    @Test
    void jsonAndSarifCarryFindingsAndSilencedOnes() {
        TestProject p = project();
        p.sql("a", "root0", "-- retort:allow drop-table archived in ticket 12\nSET lock_timeout = '5s';\n"
                + "DROP TABLE orders;\nALTER TABLE users DROP COLUMN note;", "SELECT 1;");
        LintReport r = LintProject.lint(p, "postgresql", "root0");
        StringWriter json = new StringWriter();
        LintReports.json(r, dir, json);
        assertThat(json.toString()).contains("\"dialect\" : \"postgresql\"", "\"revisions\" : [ \"a\" ]", "\"clean\" : false",
                "\"errors\" : 1", "\"warnings\" : 0", "\"code\" : \"drop-column\"", "\"file\" : \"migrations/versions/a.sql\"",
                "\"line\" : 10", "\"silenced\" : [ {", "\"reason\" : \"archived in ticket 12\"");
        StringWriter sarif = new StringWriter();
        LintReports.sarif(r, dir, "0.1.0", sarif);
        assertThat(sarif.toString()).contains("\"name\" : \"retort-lint\"", "\"ruleId\" : \"drop-column\"",
                "\"kind\" : \"inSource\"", "\"justification\" : \"archived in ticket 12\"", "\"startLine\" : 9");
        for (String code : Lint.codes()) {
            assertThat(sarif.toString()).contains("\"id\" : \"" + code + "\"");
        }
    }

    @Test
    void twoRulesClaimingOneCodeAreRejected() {
        Rule a = new DropTableRule();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rules.validated(List.of(a, new DropTableRule())))
                .hasMessageContaining("lint code 'drop-table' is claimed by both DropTableRule and DropTableRule");
    }

    @Test
    void warningsFailOnlyWhenStrict() {
        TestProject p = project();
        p.sql("a", "root0", "ALTER TABLE users ADD COLUMN nickname TEXT;", "SELECT 1;");
        LintReport r = LintProject.lint(p, "postgresql", "root0");
        assertThat(codes(r, "a.sql")).containsExactly("missing-lock-timeout");
        assertThat(r.fails(false)).isFalse();
        assertThat(r.fails(true)).isTrue();
    }
}
