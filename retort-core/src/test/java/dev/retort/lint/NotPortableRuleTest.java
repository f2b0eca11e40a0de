package dev.retort.lint;

import dev.retort.dialect.registry.Dialects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.engine.PortableSql;
import dev.retort.lint.run.Lint;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import dev.retort.script.RevisionHeader;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.SqlRevisionReader;
import dev.retort.script.compile.RevisionCompiler;
import dev.retort.support.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lint's not-portable rule: which sections are checked against which listed database, silence for
 * a project on one database, and no findings on SQL checked against the database it is written for.
 */
class NotPortableRuleTest {
    private static final Dialect PG = Dialects.named("postgresql");
    private static final Dialect MYSQL = Dialects.named("mysql");
    private static final Dialect SQLITE = Dialects.named("sqlite");
    private static final Dialect H2 = Dialects.named("h2");

    @TempDir
    Path dir;

    private List<Finding> lint(TestProject p, PortableSql.Targets targets) {
        List<RevisionHeader> all = p.revisions();
        Set<String> selected = new HashSet<>();
        all.forEach(r -> selected.add(r.id()));
        return Lint.run(new LintRequest(all, selected, targets.writtenFor() == null ? null : targets.writtenFor().name(),
                new RevisionCompiler(p.root(), List.of()), "all revisions", targets)).findings().stream()
                .filter(f -> f.code().equals("not-portable")).toList();
    }

    @Test
    void theIssuesExampleIsAnErrorForMysqlOnly() {
        TestProject p = new TestProject(dir);
        p.sql("a1", null, """
                CREATE TABLE "users" (
                    "id" INTEGER NOT NULL,
                    "email" VARCHAR(200),
                    PRIMARY KEY ("id")
                );""", "DROP TABLE \"users\";");
        List<Finding> findings = lint(p, new PortableSql.Targets(List.of(SQLITE, MYSQL), SQLITE));
        assertThat(findings).extracting(Finding::line, Finding::severity, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7, Severity.ERROR,
                        "the upgrade will fail on mysql: a name in double quotes (CREATE TABLE \"users\" ()"),
                org.assertj.core.groups.Tuple.tuple(14, Severity.ERROR,
                        "the downgrade will fail on mysql: a name in double quotes (DROP TABLE \"users\")"));
        assertThat(findings.get(0).why()).contains("ANSI_QUOTES");
        assertThat(findings.get(0).fix()).contains("'-- +upgrade mysql'", "Java DSL");
    }

    @Test
    void aProjectOnOneDatabaseHearsNothing() {
        TestProject p = new TestProject(dir);
        p.sql("a1", null, "CREATE TABLE `users` (id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;", "DROP TABLE `users`;");
        assertThat(lint(p, new PortableSql.Targets(List.of(MYSQL), MYSQL))).isEmpty();
        assertThat(lint(p, new PortableSql.Targets(List.of(MYSQL), null))).isEmpty();
        assertThat(lint(p, PortableSql.Targets.NONE)).isEmpty();
        // the same file in a project that also deploys on PostgreSQL
        assertThat(lint(p, new PortableSql.Targets(List.of(MYSQL, PG), MYSQL))).extracting(Finding::message)
                .allMatch(m -> m.contains("will fail on postgresql"))
                .anyMatch(m -> m.contains("backticks")).anyMatch(m -> m.contains("UNSIGNED"))
                .anyMatch(m -> m.contains("AUTO_INCREMENT")).anyMatch(m -> m.contains("table options"));
    }

    @Test
    void aSectionIsCheckedOnlyAgainstTheDatabasesThatRunIt() throws IOException {
        TestProject p = new TestProject(dir);
        Path file = p.sql("a1", null, "SELECT 1;", null);
        Files.writeString(file, """
                -- a1
                --
                -- Revision ID: a1
                -- Revises:

                -- +upgrade
                CREATE TABLE users (id INTEGER PRIMARY KEY, born TIMESTAMP);

                -- +upgrade postgresql
                CREATE TABLE users (id INTEGER PRIMARY KEY, born TIMESTAMPTZ, tags TEXT[]);
                UPDATE users SET born = born::date;

                -- +upgrade mysql
                CREATE TABLE `users` (id INT UNSIGNED PRIMARY KEY, born DATETIME) ENGINE=InnoDB;

                -- +downgrade
                DROP TABLE users;
                """);
        // the generic section runs on SQLite only: the PostgreSQL and MySQL sections are their own databases' business
        assertThat(lint(p, new PortableSql.Targets(List.of(SQLITE, PG, MYSQL), SQLITE))).isEmpty();
        Files.writeString(file, Files.readString(file).replace("born TIMESTAMPTZ", "born DATETIME"));
        assertThat(lint(p, new PortableSql.Targets(List.of(SQLITE, PG, MYSQL), SQLITE))).extracting(Finding::line, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10,
                        "the upgrade will fail on postgresql: the type DATETIME (CREATE TABLE users (id INTEGER PRIMARY KEY, born DATETIME...)"));
        assertThat(lint(p, new PortableSql.Targets(List.of(SQLITE, PG, MYSQL), SQLITE)).get(0).fix())
                .isEqualTo("correct the statement in the '-- +upgrade postgresql' section");
    }

    @Test
    void theGenericSectionIsCheckedAgainstEveryListedDatabaseWithoutItsOwn() {
        TestProject p = new TestProject(dir);
        p.sql("a1", null, "CREATE TABLE t (id INTEGER, name VARCHAR(20));\nSELECT id::text FROM t WHERE name ILIKE 'a%';",
                "DROP TABLE t;");
        assertThat(lint(p, new PortableSql.Targets(List.of(PG, MYSQL, SQLITE, H2), PG))).extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "the upgrade will fail on mysql: the :: cast (SELECT id::text FROM t WHERE name ILIKE 'a%')",
                        "the upgrade will fail on mysql: ILIKE (SELECT id::text FROM t WHERE name ILIKE 'a%')",
                        "the upgrade will fail on sqlite: the :: cast (SELECT id::text FROM t WHERE name ILIKE 'a%')",
                        "the upgrade will fail on sqlite: ILIKE (SELECT id::text FROM t WHERE name ILIKE 'a%')");
    }

    @Test
    void anAllowanceSilencesIt() {
        TestProject p = new TestProject(dir);
        p.sql("a1", null, "-- retort:allow not-portable this table is created by hand on MariaDB\nCREATE TABLE \"t\" (id INTEGER);",
                "DROP TABLE t;");
        assertThat(lint(p, new PortableSql.Targets(List.of(SQLITE, MYSQL), SQLITE))).isEmpty();
    }

    /** SQL written for a database, checked against that database, is never flagged: the quickstart on all four. */
    @Test
    void theQuickstartRunsEverywhere() throws IOException {
        Path quickstart = Path.of("../examples/quickstart/migrations");
        List<PortableSql.Problem> problems = new ArrayList<>();
        for (RevisionHeader r : new ScriptDirectory(quickstart).revisions()) {
            if (r.source().path().toString().endsWith(".sql")) {
                problems.addAll(PortableSql.check(SqlRevisionReader.parse(r.source().path(), Files.readString(r.source().path())),
                        new PortableSql.Targets(List.of(PG, MYSQL, SQLITE, H2), SQLITE)));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Every SQL revision of lint's own cases (written for PostgreSQL) passes PostgreSQL's check. */
    @Test
    void lintsPostgresqlCasesPassPostgresql() {
        List<String> texts = new ArrayList<>();
        texts.add(LintCases.BASE);
        for (LintCases.Case c : LintCases.ALL) {
            if (c.code().equals("not-portable")) {
                texts.add(c.sqlGood().upgrade());
                continue;
            }
            Stream.of(c.sqlBad(), c.sqlGood()).filter(v -> v != null).forEach(v -> {
                texts.add(v.upgrade());
                if (v.downgrade() != null) {
                    texts.add(v.downgrade());
                }
            });
        }
        List<PortableSql.Problem> problems = new ArrayList<>();
        for (String text : texts) {
            for (var s : dev.retort.dialect.sql.SqlSplitter.split(text, PG.syntax())) {
                problems.addAll(PortableSql.statement(s, PG, "upgrade", true));
            }
        }
        assertThat(problems).isEmpty();
    }
}
