package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.engine.VersionTableNames;
import dev.retort.graph.RevisionMap;
import dev.retort.lint.Lint;
import dev.retort.lint.LintReport;
import dev.retort.lint.LintReports;
import dev.retort.lint.LintRequest;
import dev.retort.lint.LintScope;
import dev.retort.script.Revision;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.compile.RevisionCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code retort lint [RANGE]}: exit 0 when no errors (warnings too with --strict), 1 otherwise,
 * 2 for bad input. Not a {@link CommandBase}, whose commands always succeed with 0.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Flag dangerous operations in revisions.",
                "Drops, renames, NOT NULL and type changes, index and foreign-key builds that",
                "lock busy tables, empty downgrades.",
                "Silence one in a revision with '-- retort:allow CODE reason' (Java: @Allow,",
                "Alembic: '# retort: allow CODE reason').",
                "Default: the revisions the database has not applied (all without a database).",
                "Exit 0 without errors, 1 with errors (or any finding with --strict), 2 bad input."})
final class LintCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Findings output;

    @Parameters(arity = "0..2", paramLabel = "[PATH] [RANGE]",
            description = {"PATH: a folder of revisions to lint without retort.toml, e.g. an Alembic project's",
                    "migrations (holding versions/) or migrations/versions.",
                    "RANGE: revisions to lint, a range like base:head or ae10: , or one identifier (head, an id)."})
    List<String> positional = new ArrayList<>();

    @Option(names = "--dialect", paramLabel = "NAME",
            description = "postgresql, mysql, sqlite or h2 (default: the configured url's).")
    String dialect;

    @Option(names = {"-v", "--verbose"}, description = "Also show the findings revisions silenced, with their reasons.")
    boolean verbose;

    @Option(names = "--strict", description = "Exit 1 on warnings too.")
    boolean strict;

    LintCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        Path folder = positional.size() == 2 || (positional.size() == 1 && Files.isDirectory(ctx.cwd().resolve(positional.get(0))))
                ? scriptLocation(ctx.cwd().resolve(positional.get(0)).normalize()) : null;
        String range = positional.isEmpty() || (folder != null && positional.size() == 1) ? null : positional.get(positional.size() - 1);
        Path location;
        List<Path> versions = null; // null: location's versions folder
        Path projectDir;
        String url;
        LintScope.Database db;
        if (folder != null && project.config == null) {
            // A bare folder, such as an Alembic project's: no retort.toml needed, a database only with --url.
            location = folder;
            projectDir = folder;
            RetortConfig bare = new ConfigLoader(ctx.cwd(), ctx.environment()).forFolder(folder, ProjectFiles.overrides(project));
            url = bare.url();
            db = url.isBlank() ? null : new LintScope.Database(url, bare.user(), bare.password(),
                    new VersionTableNames(null, bare.versionTable()));
        } else {
            RetortConfig config = new ConfigLoader(ctx.cwd(), ctx.environment()).loadForReading(ProjectFiles.overrides(project));
            location = folder != null ? folder : config.scriptLocation();
            versions = folder != null ? null : config.versionLocations();
            projectDir = config.file() == null ? config.scriptLocation() : config.file().toAbsolutePath().getParent();
            url = config.url();
            // Alembic's version table keeps only heads, not the rows lint's scope reads: lint everything.
            db = url == null || url.isBlank() || config.alembic() ? null : new LintScope.Database(url, config.user(), config.password(),
                    new VersionTableNames(config.schema().isEmpty() ? null : config.schema(), config.versionTable()));
        }
        RevisionMap map = RevisionMap.of((versions == null ? new ScriptDirectory(location)
                : new ScriptDirectory(location, versions)).revisions());
        List<Revision> oldestFirst = new ArrayList<>(map.history(null));
        Collections.reverse(oldestFirst);
        String dialectName = dialect != null ? Dialect.named(dialect).name()
                : url == null || url.isBlank() ? null : Dialect.fromUrl(url).name();
        LintScope.Selection selection = LintScope.select(map, range, db, ctx.cwd());
        LintReport report = Lint.run(new LintRequest(oldestFirst, selection.ids(), dialectName,
                new RevisionCompiler(projectDir, List.of()), ctx.shorten(selection.scope())));
        Options.Findings.Format f = output.chosen();
        switch (f) {
            case JSON -> LintReports.json(report, ctx.cwd(), ctx.out());
            case SARIF -> LintReports.sarif(report, ctx.cwd(), Main.VERSION.replace("retort ", ""), ctx.out());
            default -> LintReports.text(report, ctx.cwd(), verbose, ctx.out());
        }
        ctx.out().flush();
        return report.fails(strict) ? 1 : 0;
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
}
