package dev.retort.cli;

import dev.retort.MigrationListener;
import dev.retort.ProgressPrinter;
import dev.retort.Retort;
import dev.retort.RetortException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** The facade as the database commands use it: the project of the command line, progress on stdout. */
final class Runs {
    private Runs() {}

    /** The facade configured as the command line says: its folder, environment, -c, --env and --url. */
    static Retort.Builder configure(CliContext ctx, Options.Project project) {
        return Retort.configure()
                .directory(ctx.cwd())
                .environment(ctx.environment())
                .configFile(project.config)
                .env(project.environment)
                .url(project.url)
                .clock(ctx.clock())
                .random(ctx.random());
    }

    /** As {@link #configure(CliContext, Options.Project)}, with the command's -x arguments. */
    static Retort.Builder configure(CliContext ctx, Options.Project project, Options.XArguments x) {
        return configure(ctx, project).x(x.values);
    }

    /** For commands that write revision files: a retort.toml is required. */
    static Retort open(CliContext ctx, Options.Project project) {
        return configure(ctx, project).load();
    }

    /** For read-only commands: an Alembic project's alembic.ini serves when there is no retort.toml. */
    static Retort openForReading(CliContext ctx, Options.Project project) {
        return configure(ctx, project).forReading().load();
    }

    static Retort retort(CliContext ctx, Options.Project project, Duration lockTimeout, MigrationListener listener) {
        return retort(ctx, project, new Options.XArguments(), lockTimeout, listener);
    }

    private static Retort retort(CliContext ctx, Options.Project project, Options.XArguments x, Duration lockTimeout,
            MigrationListener listener) {
        return configure(ctx, project, x).lockTimeout(lockTimeout).listener(listener).load();
    }

    /** One line per revision with its duration and a summary; each statement too when verbose. */
    private static Retort printing(CliContext ctx, How how) {
        return retort(ctx, how.project(), how.x(), how.lock().timeout(),
                new ProgressPrinter(ctx.out(), how.verbose(), display(ctx, how.noProgress())));
    }

    /**
     * A status line and colours only on a terminal (System.console(): stdin and stdout are one),
     * never with --no-progress or TERM=dumb; colours not when NO_COLOR is set to anything
     * (no-color.org). The width comes from COLUMNS when the shell exports it.
     */
    static ProgressPrinter.Display display(CliContext ctx, boolean noProgress) {
        if (noProgress || System.console() == null || "dumb".equals(ctx.environment().get("TERM"))) {
            return ProgressPrinter.Display.PLAIN;
        }
        String noColour = ctx.environment().get("NO_COLOR");
        int width = 80;
        try {
            width = Integer.parseInt(ctx.environment().getOrDefault("COLUMNS", "80").strip());
        } catch (NumberFormatException e) {
            // not a number: the usual width
        }
        return new ProgressPrinter.Display(true, noColour == null || noColour.isEmpty(), width);
    }

    /**
     * What a run command's options say about the run: its project, -x arguments, lock timeout,
     * and how it reports (-v, --no-progress, --json).
     */
    record How(Options.Project project, Options.XArguments x, Options.Lock lock, boolean verbose, boolean noProgress,
            boolean json) {
        /** A command without -x, -v and --no-progress. */
        How(Options.Project project, Options.Lock lock, Options.Json json) {
            this(project, new Options.XArguments(), lock, false, false, json.json);
        }
    }

    /**
     * Runs {@code action}: with progress lines on stdout, or with --json quietly and then one
     * object (see {@link JsonRunReport}), also when the run fails.
     */
    static void report(CliContext ctx, How how, String operation, Consumer<Retort> action) {
        if (!how.json()) {
            action.accept(printing(ctx, how));
            return;
        }
        JsonRunReport report = new JsonRunReport(ctx, operation);
        Retort retort = retort(ctx, how.project(), how.x(), how.lock().timeout(), report);
        try {
            action.accept(retort);
        } catch (RetortException e) {
            report.writeFailure(at(retort), e);
            throw new JsonRunReport.Printed(e);
        }
        report.write(at(retort));
    }

    /** Where the database is after a run: its heads, or null when it cannot be read (unreachable, say). */
    private static List<String> at(Retort retort) {
        try {
            return retort.current().heads();
        } catch (RetortException e) {
            return null;
        }
    }

    /** For --sql: nothing but the script may reach stdout. */
    static Retort silent(CliContext ctx, Options.Project project, Options.XArguments x) {
        return retort(ctx, project, x, Duration.ZERO, MigrationListener.NONE);
    }
}
