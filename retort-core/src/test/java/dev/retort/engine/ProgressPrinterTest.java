package dev.retort.engine;

import dev.retort.dialect.registry.Dialects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Direction;
import dev.retort.MigrationListener;
import dev.retort.ProgressPrinter;
import dev.retort.support.Plans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees while a run goes: one line per revision with its duration, then a summary. */
class ProgressPrinterTest {
    @TempDir
    Path dir;

    private String upgrade(List<RevisionScript> chain, boolean verbose) {
        String url = "jdbc:sqlite:" + dir.resolve("p.db");
        StringWriter out = new StringWriter();
        new Migrator(Dialects.fromUrl(url), JdbcConnector.opener(url, null, null), VersionTableNames.DEFAULT,
                EngineSettings.defaults(), new ProgressPrinter(new PrintWriter(out), verbose))
                .upgrade(Plans.upgradeAll(chain), Plans.lookup(chain));
        return out.toString();
    }

    @Test
    void oneLinePerRevisionAndASummary() throws Exception {
        List<RevisionScript> chain = Plans.chain("pp",
                new String[] {"CREATE TABLE a (x INTEGER);\nCREATE TABLE b (x INTEGER);", ""},
                new String[] {"CREATE TABLE c (x INTEGER);", ""});
        String out = upgrade(chain, false);
        assertThat(out.lines().toList()).hasSize(3);
        assertThat(out.lines().toList().get(0)).matches("Running upgrade  -> pp_1 \\.\\.\\. \\d+ ms");
        assertThat(out.lines().toList().get(1)).matches("Running upgrade pp_1 -> pp_2 \\.\\.\\. \\d+ ms");
        assertThat(out.lines().toList().get(2)).matches("Upgraded 2 revisions in \\d+ ms\\.");
        assertThat(upgrade(chain, false)).isEqualTo("Nothing to upgrade: the database is already there.\n");
        assertThat(Files.exists(dir.resolve("p.db.retort-lock"))).isTrue();
    }

    @Test
    void verboseShowsEachStatementWithItsLine() {
        List<RevisionScript> chain = Plans.chain("pv", new String[] {"CREATE TABLE a (x INTEGER);\nCREATE TABLE b (x INTEGER);", ""});
        assertThat(upgrade(chain, true)).matches("""
                Running upgrade  -> pv_1
                  \\[1] line 3: CREATE TABLE a \\(x INTEGER\\) \\.\\.\\. \\d+ ms
                  \\[2] line 4: CREATE TABLE b \\(x INTEGER\\) \\.\\.\\. \\d+ ms
                  done in \\d+ ms
                Upgraded 1 revision in \\d+ ms\\.
                """);
    }

    /** Plain output (a pipe): the revision's line is out when it starts, its duration completes it. */
    @Test
    void theRevisionLineComesWhenItStartsAndTheDurationWhenItEnds() {
        StringWriter out = new StringWriter();
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(out), false);
        MigrationListener.Step step = new MigrationListener.Step(Direction.UPGRADE, "b", "a", "b", "slow one");
        p.planned(Direction.UPGRADE, 1);
        p.started(step);
        assertThat(out.toString()).isEqualTo("Running upgrade a -> b, slow one ...");
        p.finished(step, Duration.ofMillis(6003));
        assertThat(out.toString()).isEqualTo("Running upgrade a -> b, slow one ... 6003 ms\n");
        p.started(new MigrationListener.Step(Direction.UPGRADE, "c", "b", "c", ""));
        p.failed(new MigrationListener.Step(Direction.UPGRADE, "c", "b", "c", ""), Duration.ofMillis(12), null);
        assertThat(out.toString()).endsWith("\nRunning upgrade b -> c ... failed after 12 ms\n").doesNotContain("\u001b");
    }

    /** A terminal: a status line with revision n of N redrawn in place, finished lines as in plain output. */
    @Test
    void aLiveDisplayDrawsAStatusLineAndColoursOnlyWhenAllowed() {
        for (boolean colour : new boolean[] {true, false}) {
            StringWriter out = new StringWriter();
            ProgressPrinter p = new ProgressPrinter(new PrintWriter(out), false, new ProgressPrinter.Display(true, colour, 60));
            MigrationListener.Step step = new MigrationListener.Step(Direction.UPGRADE, "b", "a", "b",
                    "a message far too long for the status line of a terminal sixty columns wide");
            p.planned(Direction.UPGRADE, 2);
            p.started(step);
            String status = out.toString();
            assertThat(status).startsWith("\r| [1/2] Running upgrade a -> b, a message far").contains("...")
                    .doesNotContain("\n");
            assertThat(status.length()).isLessThan(61);
            p.finished(step, Duration.ofMillis(5));
            p.summary(new MigrationListener.RunSummary("upgrade", List.of("b"), Duration.ofMillis(7)));
            String after = out.toString().substring(status.length());
            assertThat(after).contains("\r" + " ".repeat(status.length() - 1) + "\r" + "Running upgrade a -> b, a message far too long");
            if (colour) {
                assertThat(after).contains("\u001b[2m5 ms\u001b[0m\n").contains("\u001b[32mUpgraded 1 revision in 7 ms.\u001b[0m\n");
            } else {
                assertThat(after).doesNotContain("\u001b").endsWith(" ... 5 ms\nUpgraded 1 revision in 7 ms.\n");
            }
        }
    }

    /** With a listener that follows statements, each statement is announced when the one before it has ended. */
    @Test
    void statementsAreAnnouncedAsTheyRunEvenWhereTheDatabaseBatches() throws Exception {
        try (dev.retort.support.TestDatabases dbs = new dev.retort.support.TestDatabases(ProgressPrinterTest.class)) {
            dev.retort.support.TestDatabases.Db db = dbs.get(dev.retort.support.TestDatabases.Kind.POSTGRESQL);
            List<RevisionScript> chain = Plans.chain("ps",
                    new String[] {"CREATE TABLE a (x INTEGER);\nCREATE TABLE b (x INTEGER);\nCREATE TABLE c (x INTEGER);", ""});
            List<String> events = new ArrayList<>();
            MigrationListener recording = new MigrationListener() {
                @Override
                public boolean followsStatements() {
                    return true;
                }

                @Override
                public void statement(Step step, int index, Statement statement) {
                    events.add("start " + index);
                }

                @Override
                public void statementFinished(Step step, int index, Duration duration) {
                    events.add("end " + index);
                }
            };
            new Migrator(db.dialect(), db.opener(), VersionTableNames.DEFAULT, EngineSettings.defaults(), recording)
                    .upgrade(Plans.upgradeAll(chain), Plans.lookup(chain));
            assertThat(events).containsExactly("start 1", "end 1", "start 2", "end 2", "start 3", "end 3");
        }
    }
}
