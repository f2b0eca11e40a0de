package dev.retort.lint;

import dev.retort.lint.run.Lint;
import dev.retort.dialect.registry.Dialects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.engine.EngineSettings;
import dev.retort.engine.JdbcConnector;
import dev.retort.engine.Migrator;
import dev.retort.engine.RevisionScript;
import dev.retort.engine.VersionTableNames;
import dev.retort.graph.RevisionMap;
import dev.retort.script.RevisionHeader;
import dev.retort.script.ScriptDirectory;
import dev.retort.support.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which revisions lint reports on: a range, an identifier, or those a SQLite database has not applied. */
class LintScopeTest {
    @TempDir
    Path dir;

    private RevisionMap chain() {
        TestProject p = new TestProject(dir);
        p.sql("r1", null, "CREATE TABLE t (id BIGINT PRIMARY KEY, a TEXT);", "DROP TABLE t;");
        p.sql("r2", "r1", "ALTER TABLE t DROP COLUMN a;", "ALTER TABLE t ADD COLUMN a TEXT;");
        p.sql("r3", "r2", "ALTER TABLE t ADD COLUMN b TEXT;", "ALTER TABLE t DROP COLUMN b;");
        return RevisionMap.of(new ScriptDirectory(dir.resolve("migrations")).revisions());
    }

    private LintScope.Database sqlite(String file) {
        return new LintScope.Database("jdbc:sqlite:" + file, "", "", VersionTableNames.DEFAULT);
    }

    /** Records {@code ids} as applied, as 'retort stamp' would. */
    private void stamp(RevisionMap map, String url, String... ids) {
        Migrator m = new Migrator(Dialects.fromUrl(url), JdbcConnector.opener(url, null, null), VersionTableNames.DEFAULT,
                EngineSettings.defaults(), null);
        List<RevisionScript> scripts = java.util.Arrays.stream(ids)
                .map(id -> new RevisionScript(map.resolveOne(id), "", 1, "", 1, null, "checksum-" + id)).toList();
        m.stamp(applied -> new Migrator.StampPlan(scripts, List.of()), false);
    }

    @Test
    void withoutADatabaseEveryRevisionIsLinted() {
        LintScope.Selection s = LintScope.select(chain(), null, null, dir);
        assertThat(s.ids()).containsExactlyInAnyOrder("r1", "r2", "r3");
        assertThat(s.scope()).isEqualTo("all revisions");
    }

    @Test
    void withADatabaseOnlyWhatItHasNotApplied() {
        RevisionMap map = chain();
        Path db = dir.resolve("app.db");
        stamp(map, "jdbc:sqlite:" + db, "r1", "r2");
        LintScope.Selection s = LintScope.select(map, null, sqlite("app.db"), dir);
        assertThat(s.ids()).containsExactly("r3");
        assertThat(s.scope()).isEqualTo("not yet applied to jdbc:sqlite:app.db");

        List<RevisionHeader> oldestFirst = List.of(map.resolveOne("r1"), map.resolveOne("r2"), map.resolveOne("r3"));
        LintReport r = Lint.run(new LintRequest(oldestFirst, s.ids(), "sqlite", null, s.scope()));
        // r2's drop-column is applied already: not reported again
        assertThat(r.revisions()).containsExactly("r3");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aDatabaseFileThatDoesNotExistHasAppliedNothingAndIsNotCreated() {
        LintScope.Selection s = LintScope.select(chain(), null, sqlite("missing.db"), dir);
        assertThat(s.ids()).containsExactlyInAnyOrder("r1", "r2", "r3");
        assertThat(Files.exists(dir.resolve("missing.db"))).isFalse();
    }

    @Test
    void aDatabaseThatDoesNotAnswerMeansAllRevisionsAndSaysSo() {
        LintScope.Database down = new LintScope.Database("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "u", "secret",
                VersionTableNames.DEFAULT);
        LintScope.Selection s = LintScope.select(chain(), null, down, dir);
        assertThat(s.ids()).hasSize(3);
        assertThat(s.scope()).startsWith("all revisions: jdbc:postgresql://127.0.0.1:1/none").endsWith("did not answer")
                .doesNotContain("secret");
    }

    @Test
    void aRangeOrAnIdentifierChoosesExplicitly() {
        RevisionMap map = chain();
        assertThat(LintScope.select(map, "r2:", null, dir).ids()).containsExactlyInAnyOrder("r2", "r3");
        assertThat(LintScope.select(map, "head", null, dir).ids()).containsExactly("r3");
        assertThat(LintScope.select(map, "r1:r2", null, dir).scope()).isEqualTo("range r1:r2");
    }
}
