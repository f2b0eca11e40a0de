package dev.retort.cli;

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
                "Silence one in a revision with '-- retort:allow CODE reason' (Java: @Allow).",
                "Default: the revisions the database has not applied (all without a database).",
                "Exit 0 without errors, 1 with errors (or any finding with --strict), 2 bad input."})
final class LintCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Findings output;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RANGE",
            description = "Revisions to lint: a range like base:head or ae10: , or one identifier (head, an id).")
    String range;

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
        RetortConfig config = new ConfigLoader(ctx.cwd(), ctx.environment()).loadForReading(project.overrides());
        RevisionMap map = RevisionMap.of(new ScriptDirectory(config.scriptLocation(), config.versionLocations()).revisions());
        List<Revision> oldestFirst = new ArrayList<>(map.history(null));
        Collections.reverse(oldestFirst);
        String url = config.url();
        String dialectName = dialect != null ? Dialect.named(dialect).name()
                : url == null || url.isBlank() ? null : Dialect.fromUrl(url).name();
        // Alembic's version table keeps only heads, not the rows lint's scope reads: lint everything.
        LintScope.Database db = url == null || url.isBlank() || config.alembic() ? null : new LintScope.Database(url, config.user(),
                config.password(), new VersionTableNames(config.schema().isEmpty() ? null : config.schema(), config.versionTable()));
        LintScope.Selection selection = LintScope.select(map, range, db, ctx.cwd());
        Path projectDir = config.file() == null ? config.scriptLocation() : config.file().toAbsolutePath().getParent();
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
}
