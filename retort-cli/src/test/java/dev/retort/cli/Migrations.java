package dev.retort.cli;

import dev.retort.dialect.Dialect;
import dev.retort.engine.EngineSettings;
import dev.retort.engine.GraphPlans;
import dev.retort.engine.Migrator;
import dev.retort.engine.RevisionScript;
import dev.retort.engine.TransactionMode;
import dev.retort.engine.VersionTableNames;
import dev.retort.graph.RevisionMap;
import dev.retort.script.Revision;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.SqlScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a project's SQL revisions through the engine, for tests of commands that need a migrated database. */
final class Migrations {
    private Migrations() {}

    static void upgrade(Path project, String url, String target) {
        Setup s = setup(project, url);
        s.migrator.upgrade(GraphPlans.upgrade(s.map, s.scripts, target), GraphPlans.lookup(s.scripts));
    }

    static void downgrade(Path project, String url, String target) {
        Setup s = setup(project, url);
        s.migrator.downgrade(GraphPlans.downgrade(s.map, s.scripts, target));
    }

    private record Setup(Migrator migrator, RevisionMap map, Map<String, RevisionScript> scripts) {}

    private static Setup setup(Path project, String url) {
        ScriptDirectory dir = new ScriptDirectory(project.resolve("migrations"));
        List<Revision> revisions = dir.revisions();
        Map<String, RevisionScript> scripts = new LinkedHashMap<>();
        for (Revision r : revisions) {
            SqlScript s = dir.sqlScript(r);
            try {
                scripts.put(r.id(), RevisionScript.of(r, s.upgrade().sql(), s.upgrade().startLine(), s.downgrade().sql(),
                        s.downgrade().startLine(), TransactionMode.parse(s.transaction().text(), r.id()),
                        Files.readAllBytes(r.source().path())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Migrator m = new Migrator(Dialect.fromUrl(url), () -> DriverManager.getConnection(url), VersionTableNames.DEFAULT,
                EngineSettings.defaults(), null);
        return new Setup(m, RevisionMap.of(revisions), scripts);
    }
}
