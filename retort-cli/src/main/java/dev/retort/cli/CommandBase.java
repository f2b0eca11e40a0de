package dev.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command: parses options (picocli), calls core, renders through the context's writers.
 * Success returns normally; anything else throws a RetortException, which {@link Main} turns
 * into the exit code. Commands that report findings (doctor, lint, verify) or hand on another
 * program's status (edit) override {@link #execute()} instead of {@link #run()}.
 */
abstract class CommandBase implements Callable<Integer> {
    protected final CliContext ctx;

    @Mixin
    Options.Debug debug;

    CommandBase(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public final Integer call() throws Exception {
        int code = execute();
        ctx.out().flush();
        return code;
    }

    /** Runs the command and returns its exit code: 0, or 1 when it ran and found problems. */
    int execute() throws Exception {
        run();
        return 0;
    }

    void run() {
        throw new IllegalStateException(getClass().getSimpleName() + " implements neither run() nor execute()");
    }
}
