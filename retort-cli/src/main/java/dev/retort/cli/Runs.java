package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.engine.MigrationListener;
import dev.retort.engine.ProgressPrinter;
import java.time.Duration;

/** The facade as the database commands use it: the project of the command line, progress on stdout. */
final class Runs {
    private Runs() {}

    static Retort retort(CliContext ctx, Options.Project project, Duration lockTimeout, MigrationListener listener) {
        return Retort.configure()
                .directory(ctx.cwd())
                .environment(ctx.environment())
                .overrides(project.overrides())
                .lockTimeout(lockTimeout)
                .listener(listener)
                .load();
    }

    /** One line per revision with its duration and a summary; each statement too when verbose. */
    static Retort printing(CliContext ctx, Options.Project project, Options.Lock lock, boolean verbose) {
        return retort(ctx, project, lock.timeout(), new ProgressPrinter(ctx.out(), verbose));
    }

    /** For --sql: nothing but the script may reach stdout. */
    static Retort silent(CliContext ctx, Options.Project project) {
        return retort(ctx, project, Duration.ZERO, MigrationListener.NONE);
    }
}
