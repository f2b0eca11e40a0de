package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.SecretMask;
import dev.retort.TerminalText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Logger;
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

    @Command(name = "retort", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
            description = "Schema migrations for the JVM with an Alembic-style revision graph.",
            subcommands = CommandLine.HelpCommand.class)
    static final class Root {}

    private Main() {}

    public static void main(String[] args) {
        CliContext ctx = CliContext.system();
        SecretMask secrets = RunSecrets.of(args, ctx);
        if (!secrets.isEmpty()) {
            // what drivers or the JVM print behind Retort's back is masked too
            System.setOut(new PrintStream(new MaskingStream(new FileOutputStream(FileDescriptor.out), secrets, Charset.defaultCharset()), true));
            System.setErr(new PrintStream(new MaskingStream(new FileOutputStream(FileDescriptor.err), secrets, Charset.defaultCharset()), true));
        }
        int code = run(args, ctx, secrets);
        ctx.out().flush();
        ctx.err().flush();
        System.exit(code);
    }

    /** Runs one command line against {@code ctx} and returns the exit code; never exits. */
    public static int run(String[] givenArgs, CliContext ctx) {
        return run(givenArgs, ctx, RunSecrets.of(givenArgs, ctx));
    }

    /**
     * Runs with every byte written to {@code given}'s writers passed through the masker: the
     * one place secrets are masked in output, whatever a command, a driver's message, a JSON
     * writer or a --debug stack trace put there.
     */
    static int run(String[] givenArgs, CliContext given, SecretMask secrets) {
        CliContext ctx = new CliContext(given.cwd(), given.environment(),
                new PrintWriter(new MaskingWriter(given.out(), secrets), false),
                new PrintWriter(new MaskingWriter(given.err(), secrets), true), given.clock(), given.random());
        try {
            return execute(givenArgs, ctx);
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }

    private static int execute(String[] givenArgs, CliContext ctx) {
        quietDrivers();
        String[] args = hoistSharedOptions(givenArgs);
        CommandLine cli = commandLine(ctx, args);
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
            String help = "see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'";
            List<String> near = e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                    ? Suggestions.close(u.getUnmatched().get(0), u.getSuggestions()) : List.of();
            String hint = near.isEmpty() ? help
                    : "did you mean " + String.join(" or ", near.stream().limit(3).map(n -> "'" + n + "'").toList()) + "? " + help;
            error(ctx, e.getMessage(), hint);
            if (jsonRequested(cli, null, args)) {
                JsonError.usage(e.getMessage(), hint, ctx).print(ctx.out());
            }
            return RetortException.Kind.USAGE.exitCode();
        } catch (JsonRunReport.Printed printed) {
            RetortException e = printed.failure();
            error(ctx, e.getMessage(), e.details(), e.hint());
            trace(ctx, e, debug(parsed, args));
            return e.kind().exitCode();
        } catch (RetortException e) {
            error(ctx, e.getMessage(), e.details(), e.hint());
            if (jsonRequested(cli, parsed, args)) {
                JsonError.of(e, ctx).print(ctx.out());
            }
            trace(ctx, e, debug(parsed, args));
            return e.kind().exitCode();
        } catch (Exception | StackOverflowError e) {
            String hint = "this is a bug in Retort; run again with --debug and report the stack trace";
            error(ctx, "internal error: " + e, hint);
            if (jsonRequested(cli, parsed, args)) {
                JsonError.internal("internal error: " + e, hint, ctx).print(ctx.out());
            }
            trace(ctx, e, debug(parsed, args));
            return RetortException.Kind.FAILED.exitCode();
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }

    /**
     * Whether the command's output is JSON (--json, or --format json), so that its failure is a
     * JSON document too. From the parse result when parsing succeeded, else from the words given.
     */
    private static boolean jsonRequested(CommandLine cli, ParseResult parsed, String[] args) {
        CommandLine command = args.length == 0 ? null : cli.getSubcommands().get(args[0]);
        if (command == null || command.getCommandSpec().findOption("--json") == null) {
            return false;
        }
        if (parsed != null && parsed.hasSubcommand()) {
            ParseResult p = parsed.subcommand();
            Object format = p.matchedOptionValue("--format", null);
            return format != null ? "json".equalsIgnoreCase(format.toString()) : p.hasMatchedOption("--json");
        }
        for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals("--json") || args[i].equalsIgnoreCase("--format=json")
                    || (args[i].equals("--format") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("json"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drivers must not print to the console: their log lines repeat urls with passwords (the
     * PostgreSQL driver warns through java.util.logging with the whole url). Retort reports
     * failures itself, masked, so the JDK's console handler goes and MariaDB's own logger is off.
     */
    static void quietDrivers() {
        System.setProperty("mariadb.logging.disable", "true");
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
    }

    private static final Set<String> VALUED = Set.of("-c", "--config", "--env", "--url");

    /**
     * {@code retort -c FILE upgrade head} as Alembic users type it: the shared options (-c,
     * --config, --env, --url, --debug) given before a command name move to just after it, where
     * its mixins take them. Done on the arguments so that only the named command is built.
     */
    static String[] hoistSharedOptions(String[] args) {
        List<String> shared = new ArrayList<>();
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (a.equals(Options.Debug.NAME) || (VALUED.contains(name) && !name.equals(a))
                    || (a.startsWith("-c") && !a.startsWith("--") && a.length() > 2)) {
                shared.add(a);
                i++;
            } else if (VALUED.contains(a) && i + 1 < args.length) {
                shared.add(a);
                shared.add(args[i + 1]);
                i += 2;
            } else {
                break;
            }
        }
        if (shared.isEmpty() || i >= args.length || !COMMANDS.containsKey(args[i])) {
            return args;
        }
        List<String> out = new ArrayList<>();
        out.add(args[i]);
        out.addAll(shared);
        out.addAll(List.of(args).subList(i + 1, args.length));
        return out.toArray(String[]::new);
    }

    /** The subcommands by name; the names equal their @Command names (a test checks it). */
    static final Map<String, Function<CliContext, Object>> COMMANDS = commands();

    private static Map<String, Function<CliContext, Object>> commands() {
        Map<String, Function<CliContext, Object>> m = new LinkedHashMap<>();
        m.put("init", InitCommand::new);
        m.put("revision", RevisionCommand::new);
        m.put("heads", HeadsCommand::new);
        m.put("branches", BranchesCommand::new);
        m.put("history", HistoryCommand::new);
        m.put("show", ShowCommand::new);
        m.put("edit", EditCommand::new);
        m.put("merge", MergeCommand::new);
        m.put("graph", GraphCommand::new);
        m.put("upgrade", UpgradeCommand::new);
        m.put("downgrade", DowngradeCommand::new);
        m.put("current", CurrentCommand::new);
        m.put("stamp", StampCommand::new);
        m.put("repair", RepairCommand::new);
        m.put("doctor", DoctorCommand::new);
        m.put("install-hook", InstallHookCommand::new);
        m.put("lint", LintCommand::new);
        m.put("verify", VerifyCommand::new);
        m.put("check", CheckCommand::new);
        return Collections.unmodifiableMap(m);
    }

    /**
     * The command line for {@code args}. When the first argument names a subcommand, only that
     * one is built: picocli's reflection over every command is a large part of start-up time.
     */
    static CommandLine commandLine(CliContext ctx, String[] args) {
        CommandLine cli = new CommandLine(new Root());
        String first = args.length > 0 ? args[0] : "";
        for (Map.Entry<String, Function<CliContext, Object>> c : COMMANDS.entrySet()) {
            if (!COMMANDS.containsKey(first) || c.getKey().equals(first)) {
                cli.addSubcommand(c.getKey(), c.getValue().apply(ctx));
            }
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(ctx.out());
        cli.setErr(ctx.err());
        return cli;
    }

    /**
     * Prints the two lines. Secrets are masked here too, whatever a driver put in its message, and
     * control characters (newlines among them) from file, database or driver text are escaped:
     * an error is exactly one line, and never a terminal command.
     */
    static void error(CliContext ctx, String message, String hint) {
        error(ctx, message, List.of(), hint);
    }

    /** As above, with detail lines (javac's symbol and location, the source line, a caret), each escaped on its own. */
    static void error(CliContext ctx, String message, List<String> details, String hint) {
        ctx.err().println("error: " + TerminalText.escape(SecretMask.maskUrl(ctx.shorten(String.valueOf(message)))));
        for (String line : details) {
            ctx.err().println("  " + TerminalText.escape(SecretMask.maskUrl(ctx.shorten(line))));
        }
        if (hint != null && !hint.isBlank()) {
            ctx.err().println("hint: " + TerminalText.escape(SecretMask.maskUrl(ctx.shorten(hint))));
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
            ctx.err().print(TerminalText.escape(s.toString(), "\n\t"));
        }
    }
}
