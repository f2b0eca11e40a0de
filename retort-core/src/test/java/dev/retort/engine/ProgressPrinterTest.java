package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ProgressPrinter;
import dev.retort.dialect.Dialect;
import dev.retort.support.Plans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
        new Migrator(Dialect.fromUrl(url), JdbcConnector.opener(url, null, null), VersionTableNames.DEFAULT,
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
                  \\[1] line 3: CREATE TABLE a \\(x INTEGER\\)
                  \\[2] line 4: CREATE TABLE b \\(x INTEGER\\)
                  done in \\d+ ms
                Upgraded 1 revision in \\d+ ms\\.
                """);
    }
}
