package dev.retort.cli;

import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import dev.retort.graph.RevisionMap;
import dev.retort.script.Revision;
import dev.retort.script.ScriptDirectory;
import java.util.List;

/** A loaded project: its configuration, its script directory, its revisions and their graph. */
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
        return new ProjectFiles(new ConfigLoader(ctx.cwd(), ctx.environment()).load(options.overrides()));
    }

    /** For read-only commands: an Alembic project's alembic.ini serves when there is no retort.toml. */
    static ProjectFiles openForReading(CliContext ctx, Options.Project options) {
        return new ProjectFiles(new ConfigLoader(ctx.cwd(), ctx.environment()).loadForReading(options.overrides()));
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
