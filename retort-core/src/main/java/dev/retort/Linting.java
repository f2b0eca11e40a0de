package dev.retort;

import dev.retort.dialect.registry.Dialects;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOverrides;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.engine.PortableSql;
import dev.retort.engine.VersionTableNames;
import dev.retort.graph.RevisionMap;
import dev.retort.lint.run.Lint;
import dev.retort.lint.LintReport;
import dev.retort.lint.run.LintReports;
import dev.retort.lint.LintScope;
import dev.retort.script.RevisionHeader;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.compile.RevisionCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link Retort#lint}: which revisions (a bare folder's or the project's), which dialect, which
 * database decides the default scope, then {@link Lint}.
 */
final class Linting {
    private Linting() {}

    static LintResult run(Path cwd, Map<String, String> environment, ConfigOverrides flags, LintRequest given) {
        Path folder = given.folder() == null ? null : scriptLocation(cwd.resolve(given.folder()).normalize());
        ConfigLoader loader = new ConfigLoader(cwd, environment);
        Path location;
        List<Path> versions = null; // null: location's versions folder
        Path projectDir;
        String url;
        LintScope.Database db;
        List<String> listed;
        if (folder != null && flags.configFile() == null) {
            // A bare folder, such as an Alembic project's: no retort.toml needed, a database only with --url.
            location = folder;
            projectDir = folder;
            RetortConfig bare = loader.forFolder(folder, flags);
            url = bare.url();
            listed = bare.dialects();
            db = url.isBlank() ? null : new LintScope.Database(url, bare.user(), bare.password(),
                    new VersionTableNames(null, bare.versionTable()));
        } else {
            RetortConfig config = loader.loadForReading(flags);
            location = folder != null ? folder : config.scriptLocation();
            versions = folder != null ? null : config.versionLocations();
            projectDir = config.projectFolder();
            url = config.url();
            listed = config.dialects();
            // Alembic's version table keeps only heads, not the rows lint's scope reads: lint everything.
            db = url == null || url.isBlank() || config.alembic() ? null : new LintScope.Database(url, config.user(),
                    config.password(), new VersionTableNames(config.schema().isEmpty() ? null : config.schema(),
                    config.versionTable()));
        }
        RevisionMap map = RevisionMap.of((versions == null ? new ScriptDirectory(location)
                : new ScriptDirectory(location, versions)).revisions());
        List<RevisionHeader> oldestFirst = new ArrayList<>(map.history(null));
        Collections.reverse(oldestFirst);
        // the database as the user has it (mariadb, not the mysql dialect that serves it)
        String dialectName = given.dialect() != null ? Dialects.spelling(given.dialect())
                : url == null || url.isBlank() ? null : Dialects.fromUrl(url).nameOfUrl(url);
        LintScope.Selection selection = LintScope.select(map, given.range(), db, cwd);
        LintReport report = Lint.run(new dev.retort.lint.LintRequest(oldestFirst, selection.ids(), dialectName,
                new RevisionCompiler(projectDir, List.of()), shorten(cwd, selection.scope()), targets(listed, dialectName, url)));
        Report rendered = (format, base, verbose, toolVersion, out) -> {
            switch (format) {
                case JSON -> LintReports.json(report, base, out);
                case SARIF -> LintReports.sarif(report, base, toolVersion, out);
                case TEXT -> LintReports.text(report, base, verbose, out);
            }
        };
        return new LintResult(report.dialect(), report.scope(), report.revisions(), Finding.all(report.findings()), rendered);
    }

    /**
     * The databases whose refusals lint reports: the project's list, and the one --dialect names
     * (lint for mysql checks the SQL against mysql); the generic SQL is written for the url's.
     */
    static PortableSql.Targets targets(List<String> listed, String dialect, String url) {
        Set<Dialect> out = new LinkedHashSet<>();
        listed.forEach(name -> out.add(Dialects.named(name)));
        if (dialect != null) {
            out.add(Dialects.named(dialect));
        }
        Dialect writtenFor = url == null || url.isBlank() ? null : Dialects.ofUrl(url).orElse(null);
        return new PortableSql.Targets(List.copyOf(out), writtenFor);
    }

    /** PATH is the folder holding versions/ (Alembic's script location) or the versions folder itself. */
    private static Path scriptLocation(Path path) {
        if (Files.isDirectory(path.resolve("versions"))) {
            return path;
        }
        if (Files.isDirectory(path) && path.getFileName() != null && path.getFileName().toString().equals("versions")) {
            return path.getParent();
        }
        throw RetortException.usage(path + " holds no versions folder of revisions",
                "name the folder holding versions/ (an Alembic project's script_location) or the versions folder itself");
    }

    private static String shorten(Path cwd, String text) {
        String prefix = cwd.toString().endsWith("/") ? cwd.toString() : cwd + "/";
        return text.replace(prefix, "");
    }
}
