package dev.retort.cli;

import dev.retort.RetortException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The entry point, and the one place that turns outcomes into exit codes: 0 success, the
 * RetortException's kind otherwise (2 bad usage, 1 problems found or a failure). Errors print as
 * an {@code error:} line and a {@code hint:} line; a stack trace only with --debug.
 */
public final class Main {
    static final String VERSION = "retort 0.1.0";

    @Command(name = "retort", mixinStandardHelpOptions = true, version = VERSION,
            description = "Schema migrations for the JVM with an Alembic-style revision graph.",
            subcommands = CommandLine.HelpCommand.class)
    static final class Root {}

    private Main() {}

    public static void main(String[] args) {
        CliContext ctx = CliContext.system();
        int code = run(args, ctx);
        ctx.out().flush();
        ctx.err().flush();
        System.exit(code);
    }

    /** Runs one command line against {@code ctx} and returns the exit code; never exits. */
    public static int run(String[] args, CliContext ctx) {
        CommandLine cli = commandLine(ctx);
        ParseResult parsed = null;
        try {
            parsed = cli.parseArgs(args);
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            List<CommandLine> chain = parsed.asCommandLineList();
            Object command = chain.get(chain.size() - 1).getCommand();
            if (!(command instanceof Callable<?> callable)) {
                cli.usage(ctx.err());
                return RetortException.Kind.USAGE.exitCode();
            }
            Object result = callable.call();
            return result instanceof Integer code ? code : 0;
        } catch (ParameterException e) {
            error(ctx, e.getMessage(), "see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
            return RetortException.Kind.USAGE.exitCode();
        } catch (RetortException e) {
            error(ctx, e.getMessage(), e.hint());
            trace(ctx, e, debug(parsed, args));
            return e.kind().exitCode();
        } catch (Exception | StackOverflowError e) {
            error(ctx, "internal error: " + e, "this is a bug in Retort; run again with --debug and report the stack trace");
            trace(ctx, e, debug(parsed, args));
            return RetortException.Kind.FAILED.exitCode();
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }

    static CommandLine commandLine(CliContext ctx) {
        CommandLine cli = new CommandLine(new Root());
        for (Object command : List.of(new InitCommand(ctx), new RevisionCommand(ctx), new HeadsCommand(ctx),
                new BranchesCommand(ctx), new HistoryCommand(ctx), new ShowCommand(ctx), new MergeCommand(ctx),
                new GraphCommand(ctx))) {
            cli.addSubcommand(command);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(ctx.out());
        cli.setErr(ctx.err());
        return cli;
    }

    private static void error(CliContext ctx, String message, String hint) {
        ctx.err().println("error: " + ctx.shorten(message));
        if (hint != null && !hint.isBlank()) {
            ctx.err().println("hint: " + ctx.shorten(hint));
        }
    }

    private static boolean debug(ParseResult parsed, String[] args) {
        if (parsed == null) {
            return List.of(args).contains(Options.Debug.NAME);
        }
        return parsed.asCommandLineList().stream()
                .anyMatch(c -> c.getParseResult() != null && c.getParseResult().hasMatchedOption(Options.Debug.NAME));
    }

    private static void trace(CliContext ctx, Throwable e, boolean debug) {
        if (debug) {
            StringWriter s = new StringWriter();
            e.printStackTrace(new PrintWriter(s));
            ctx.err().print(s);
        }
    }
}
