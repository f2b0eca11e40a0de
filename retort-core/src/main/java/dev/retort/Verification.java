package dev.retort;

import dev.retort.dialect.registry.Dialects;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.autogen.Autogenerate;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ScratchGuard;
import dev.retort.dialect.ScratchSpace;
import dev.retort.engine.EngineSettings;
import dev.retort.engine.JavaBody;
import dev.retort.engine.Migrator;
import dev.retort.engine.RevisionScript;
import dev.retort.engine.VersionTableNames;
import dev.retort.graph.RevisionMap;
import dev.retort.script.RevisionHeader;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.compile.RevisionCompiler;
import dev.retort.verify.SchemaSnapshots;
import dev.retort.verify.Verifier;
import dev.retort.verify.VerifyReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code retort verify} wired to the engine: revisions run one at a time on a scratch database
 * through the same scripts and version table as {@code upgrade}, so what verify proves is what
 * an upgrade will do. The scratch database is dropped whatever happens.
 */
final class Verification {
    /**
     * @param url      a database to verify in (--url), used as it is; null for a scratch
     *                 place beside the configured database
     * @param from     the first revision to check (earlier ones are only applied); null: all
     * @param data     the folder of data hooks, or null
     * @param progress hears of each revision as it passes
     * @param x        the -x arguments revisions read
     */
    record Options(String url, String from, Path data, List<Path> classpath, Consumer<VerifyReport.Passed> progress,
            XArguments x) {
        public Options {
            classpath = classpath == null ? List.of() : List.copyOf(classpath);
            x = x == null ? XArguments.NONE : x;
        }

        Options(String url, String from, Path data, List<Path> classpath, Consumer<VerifyReport.Passed> progress) {
            this(url, from, data, classpath, progress, XArguments.NONE);
        }
    }

    private Verification() {}

    static VerifyReport run(RetortConfig config, Options options) {
        RevisionMap map = RevisionMap.of(new ScriptDirectory(config.scriptLocation(), config.versionLocations()).revisions());
        Path project = config.projectFolder();
        boolean dedicated = !config.verifyUrl().isEmpty();
        if (dedicated && !config.url().isEmpty() && !Dialects.fromUrl(config.verifyUrl()).equals(Dialects.fromUrl(config.url()))) {
            throw RetortException.usage("[verify] url is " + Dialects.fromUrl(config.verifyUrl()).name() + " but the database is "
                    + Dialects.fromUrl(config.url()).name(), "name a scratch server of the same kind");
        }
        try (ScratchSpace scratch = options.url() != null ? Verifier.givenDatabase(options.url(), config.user(), config.password())
                : Verifier.scratchBeside(dedicated ? config.verifyUrl() : config.url(), config.user(), config.password())) {
            ScratchGuard.Scope scope = scope(config, scratch, dedicated);
            // the scratch place is the connection's own schema: the version table goes there too
            VersionTableNames names = new VersionTableNames(null, config.versionTable());
            Migrator migrator = new Migrator(scratch.dialect(), scratch.opener(), names,
                    EngineSettings.defaults().withAppliedBy("retort verify"), MigrationListener.NONE);
            if (options.url() != null && !migrator.applied().isEmpty()) {
                throw RetortException.usage(scratch.fate() + " has applied revisions already",
                        "verify starts from an empty database: name another with --url, or leave --url out for a scratch one");
            }
            try (RevisionScripts scripts = new RevisionScripts(map, scratch.dialect(),
                    new RevisionCompiler(project, options.classpath()), MigrationListener.NONE, false, Map.of(), options.x())) {
                Verifier.Runner runner = new Verifier.Runner() {
                    @Override
                    public void upgrade(List<RevisionHeader> plan) {
                        if (!plan.isEmpty()) {
                            List<RevisionScript> run = guarded(scripts.of(plan), scratch.dialect(), scope);
                            migrator.upgrade(applied -> run, id -> Optional.empty());
                        }
                    }

                    @Override
                    public void downgrade(RevisionHeader revision) {
                        List<RevisionScript> run = guarded(scripts.of(List.of(revision)), scratch.dialect(), scope);
                        migrator.downgrade(applied -> run);
                    }
                };
                // every SQL revision is read before the first one runs: a refused statement stops verify before it starts
                guarded(scripts.of(map.heads().size() != 1 ? List.of() : map.upgradePlan(Set.of(), "heads").stream()
                        .filter(r -> r.source() != null && r.source().format() == dev.retort.script.Format.SQL).toList()),
                        scratch.dialect(), scope);
                Verifier.ModelCheck model = config.model().isSet() ? () -> modelDifferences(config, scratch, map, dedicated) : null;
                VerifyReport report = new Verifier(scratch, runner, new SchemaSnapshots(scratch, config.versionTable()), model,
                        options.progress()).verify(map, options.from(), options.data());
                if (options.url() != null) {
                    try {
                        leaveAtBase(migrator, scripts, map);
                    } catch (RetortException e) {
                        if (report.ok()) {
                            throw e; // the whole chain does not downgrade: that is news
                        }
                        // after a failure the database is half way; the report says where
                    }
                }
                return report;
            }
        }
    }

    /** A database the user gave is left as it was found: every revision verify applied is reverted. */
    private static void leaveAtBase(Migrator migrator, RevisionScripts scripts, RevisionMap map) {
        migrator.downgrade(applied -> scripts.of(map.downgradePlan(applied, "base")));
    }

    /**
     * What verify's statements may name: the configured database (and on --url the given one)
     * stands for the scratch database; nothing else, unless the scratch server is [verify] url's.
     */
    private static ScratchGuard.Scope scope(RetortConfig config, ScratchSpace scratch, boolean dedicated) {
        Set<String> own = new HashSet<>();
        String configured = ScratchSpace.databaseName(config.url());
        if (configured != null) {
            own.add(configured);
        }
        return new ScratchGuard.Scope(scratch.name() == null ? "" : scratch.name(), own, dedicated, false);
    }

    /**
     * The scripts with their SQL checked and rewritten for the scratch database, and the
     * statements of Java revisions checked as they run (they exist only then).
     */
    private static List<RevisionScript> guarded(List<RevisionScript> scripts, Dialect dialect, ScratchGuard.Scope scope) {
        List<RevisionScript> out = new ArrayList<>();
        for (RevisionScript s : scripts) {
            ScratchGuard guard = ScratchGuard.of(dialect, scope);
            if (s.java() != null) {
                JavaBody body = s.java();
                JavaBody checked = (direction, connection, before) -> body.run(direction, connection, sql -> {
                    String as = guard.check(s.file(), new SqlStatement(sql, 1));
                    if (as != null && !as.equals(sql)) {
                        throw RetortException.usage(s.file() + ": a statement names the configured database, which verify"
                                + " cannot rewrite in a Java revision: " + sql.lines().findFirst().orElse(""),
                                "leave the database name out of the statement");
                    }
                    before.accept(sql);
                });
                out.add(new RevisionScript(s.revision(), s.upgradeSql(), s.upgradeLine(), s.downgradeSql(), s.downgradeLine(),
                        s.mode(), s.checksum(), checked));
            } else {
                out.add(new RevisionScript(s.revision(), guard.rewrite(s.file(), s.upgradeSql(), s.upgradeLine()),
                        s.upgradeLine(), guard.rewrite(s.file(), s.downgradeSql(), s.downgradeLine()), s.downgradeLine(),
                        s.mode(), s.checksum(), null));
            }
        }
        return out;
    }

    private static List<String> modelDifferences(RetortConfig config, ScratchSpace scratch, RevisionMap map, boolean dedicated) {
        RetortConfig atScratch = new RetortConfig(config.file(), config.scriptLocation(), scratch.url(), config.user(),
                config.password(), config.versionTable(), "", config.transaction(), config.environment(), config.model());
        Autogenerate.Comparison c = new Autogenerate(atScratch, ScratchSpace.databaseName(config.url()), dedicated).compare(map);
        List<String> out = new ArrayList<>();
        for (Operation op : c.upgrade()) {
            out.add("the model needs " + op.describe());
        }
        return out;
    }
}
