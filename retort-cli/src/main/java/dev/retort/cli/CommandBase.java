package dev.retort.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command: parses options (picocli), calls core, renders through the context's writers.
 * Success returns normally; anything else throws a RetortException, which {@link Main} turns
 * into the exit code.
 */
abstract class CommandBase implements Callable<Integer> {
    protected final CliContext ctx;

    @Mixin
    Options.Debug debug;

    CommandBase(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public final Integer call() {
        run();
        ctx.out().flush();
        return 0;
    }

    abstract void run();
}
