package dev.retort.cli;

import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOverrides;
import dev.retort.config.RetortConfig;
import dev.retort.graph.RevisionMap;
import dev.retort.script.Revision;
import dev.retort.script.ScriptDirectory;
import java.util.List;

/**
 * A loaded project: its configuration, its script directory, its revisions and their graph.
 * Temporary: only the commands not yet on the facade (check, autogenerate, doctor, lint, verify)
 * use it; every other command opens the project through {@link Runs}.
 */
final class ProjectFiles {
    private final RetortConfig config;
    private final ScriptDirectory scripts;
    private List<Revision> revisions;
    private RevisionMap map;

    private ProjectFiles(RetortConfig config) {
        this.config = config;
        this.scripts = new ScriptDirectory(config.scriptLocation(), config.versionLocations());
    }

    /** For commands that write (revision, merge, edit, check): a retort.toml is required. */
    static ProjectFiles open(CliContext ctx, Options.Project options) {
        return new ProjectFiles(new ConfigLoader(ctx.cwd(), ctx.environment()).load(overrides(options)));
    }

    /** For read-only commands: an Alembic project's alembic.ini serves when there is no retort.toml. */
    static ProjectFiles openForReading(CliContext ctx, Options.Project options) {
        return new ProjectFiles(new ConfigLoader(ctx.cwd(), ctx.environment()).loadForReading(overrides(options)));
    }

    /** What the command line says about configuration, as the config loader takes it. */
    static ConfigOverrides overrides(Options.Project options) {
        return new ConfigOverrides(options.config, options.environment, options.url, null, null);
    }

    RetortConfig config() {
        return config;
    }

    ScriptDirectory scripts() {
        return scripts;
    }

    List<Revision> revisions() {
        if (revisions == null) {
            revisions = scripts.revisions();
        }
        return revisions;
    }

    RevisionMap map() {
        if (map == null) {
            map = RevisionMap.of(revisions());
        }
        return map;
    }
}
