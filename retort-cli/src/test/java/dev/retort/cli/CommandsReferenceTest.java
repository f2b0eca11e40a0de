package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * docs/commands.md is generated from picocli's model of Main's commands (names, arguments,
 * options, descriptions, defaults) plus the exit codes below, so that it cannot drift from the
 * code. Run with -Dretort.docs.write=true to rewrite it after changing a command.
 */
class CommandsReferenceTest {
    static final Path FILE = Path.of("..", "docs", "commands.md").toAbsolutePath().normalize();

    private static final String OK = "0: success";
    private static final String USAGE = usage("");
    private static final String DATABASE = "1: the database cannot be reached, or holds a revision no file defines or a file "
            + "that changed after it was applied";

    /**
     * What each exit code means per command, read from the code: Main maps RetortException kinds
     * (USAGE 2, PROBLEMS and FAILED 1); doctor, lint, verify and edit return their own codes.
     */
    static final Map<String, List<String>> EXIT_CODES = exitCodes();

    /** Exit 2, with what else the command refuses as bad input. */
    private static String usage(String also) {
        return "2: bad usage or input: an unknown option, an invalid retort.toml, an unreadable revision file, a broken graph "
                + "(cycle, missing parent, duplicate id), a revision identifier that names nothing" + also + "; nothing was changed";
    }

    private static Map<String, List<String>> exitCodes() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("init", List.of("0: created", "2: retort.toml exists already, or the folder cannot be written"));
        m.put("revision", List.of("0: the revision was written",
                "1: with --autogenerate, the database or the model cannot be read", usage(", an id or file that exists already")));
        m.put("heads", List.of(OK, USAGE));
        m.put("branches", List.of(OK, USAGE));
        m.put("history", List.of(OK, "1: with -i, the database cannot be reached", USAGE));
        m.put("show", List.of(OK, USAGE));
        m.put("edit", List.of("the editor's exit code (0 when it succeeded)", usage(", an editor that cannot be started")));
        m.put("merge", List.of("0: the merge revision was written", usage(", fewer than two revisions to merge")));
        m.put("graph", List.of(OK, USAGE));
        m.put("upgrade", List.of("0: upgraded, or nothing to do",
                "1: a revision failed (the error says whether it was rolled back or marked failed), the lock wait timed out, or " + DATABASE.substring(3),
                usage(", several heads for 'head', --json with --sql")));
        m.put("downgrade", List.of("0: downgraded, or nothing to do",
                "1: a revision failed or has no downgrade, the lock wait timed out, or " + DATABASE.substring(3), USAGE));
        m.put("current", List.of(OK, "1: the database cannot be reached", USAGE));
        m.put("stamp", List.of("0: recorded", DATABASE, USAGE));
        m.put("repair", List.of("0: repaired, or nothing to repair", DATABASE, USAGE));
        m.put("doctor", List.of("0: no errors (warnings only, unless --strict); with --apply: nothing left to fix",
                "1: errors found (with --strict, warnings too)", "2: PATH is not a folder, an unknown code in an allow rule, or bad usage"));
        m.put("install-hook", List.of("0: the hook was installed", "1: the hook file cannot be written",
                "2: not inside a git repository, or a pre-commit hook exists that cannot safely be extended (left alone)"));
        m.put("lint", List.of("0: no errors (with --strict: no warnings either)", "1: errors found (with --strict, warnings too)", USAGE));
        m.put("verify", List.of("0: every revision upgrades, downgrades and upgrades again cleanly (and head matches the model)",
                "1: the first revision that does not (the report says which step), or the scratch database cannot be made", USAGE));
        m.put("check", List.of("0: the database at head matches the model",
                "1: they differ (the operations are listed), or the database cannot be reached", "2: no [model] is configured, or bad usage"));
        return m;
    }

    @Test
    void everyCommandHasItsExitCodes() {
        assertThat(EXIT_CODES.keySet()).as("a new command needs its exit codes in CommandsReferenceTest.EXIT_CODES")
                .containsExactlyElementsOf(Main.COMMANDS.keySet());
    }

    @Test
    void commandsMdIsUpToDate() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("retort.docs.write")) {
            Files.writeString(FILE, expected);
        }
        String actual = Files.exists(FILE) ? Files.readString(FILE) : "";
        assertThat(actual).as("docs/commands.md is out of date: run this test with -Dretort.docs.write=true to rewrite it").isEqualTo(expected);
    }

    static String render() {
        CliContext ctx = new CliContext(Path.of("."), Map.of(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Clock.systemUTC(), new Random(1));
        Map<String, CommandLine> commands = Main.commandLine(ctx, new String[0]).getSubcommands();
        StringBuilder md = new StringBuilder();
        md.append("# Command reference\n\n")
                .append("<!-- Generated by CommandsReferenceTest from the commands' definitions: do not edit. After changing a command, run\n")
                .append("     ./mvnw -o -pl retort-core,retort-cli -am test -Dtest=CommandsReferenceTest -Dsurefire.failIfNoSpecifiedTests=false -Dretort.docs.write=true -->\n\n")
                .append("Every command takes `-h`/`--help` (its usage) and `-V`/`--version`. The shared options `-c`/`--config`, `--env`, ")
                .append("`--url` and `--debug` may also come before the command name (`retort -c ci.toml upgrade head`).\n\n")
                .append("Errors print as an `error:` line and a `hint:` line on stderr (a stack trace only with `--debug`); ")
                .append("exit code 2 means nothing was changed. Any command exits 1 on an internal error.\n\n")
                .append("With `--json`, a command prints one JSON document on stdout, described by a JSON Schema (draft 2020-12) ")
                .append("in [schemas/](schemas/); the tests validate real output against these files. `check`, `doctor`, `lint` ")
                .append("and `verify` print their document and then exit 1 when they found problems. `doctor` and `lint` also ")
                .append("write SARIF 2.1.0 with `--format sarif`.\n\n")
                .append("When a command with `--json` fails, stderr has the `error:` and `hint:` lines as always and stdout one ")
                .append("document, the same shape for every command: `{\"error\": {\"kind\", \"exit_code\", \"message\", \"details\", \"hint\"}}`, ")
                .append("where `kind` is `usage` (exit 2: bad usage, configuration or input; nothing was changed), `failed` (exit 1) ")
                .append("or `internal` (exit 1, a bug), and `message` and `hint` are the stderr lines' text (`details`: lines ")
                .append("under the message, such as a compiler's caret). `upgrade`, `downgrade`, `stamp` and `repair` print their ")
                .append("run document instead, with `error` added, the revisions that completed, `at` (where the database is now, ")
                .append("as after every run) and `failed`: the revision that broke, its direction, statement number, file, line, ")
                .append("SQL and the database's message, and `outcome` (`rolled_back`, `run_rolled_back` or `marked_failed`), or ")
                .append("null when no revision broke (a lock timeout, a failed marker from an earlier run).\n\n")
                .append("| command | what it does | `--json` |\n|---|---|---|\n");
        // Main's commands in their order; picocli's own help command is left out
        for (String name : Main.COMMANDS.keySet()) {
            CommandSpec spec = commands.get(name).getCommandSpec();
            md.append("| [`").append(name).append("`](#").append(name).append(") | ")
                    .append(cell(spec.usageMessage().description()[0])).append(" | ")
                    .append(spec.findOption("--json") == null ? "" : schemaLink(name)).append(" |\n");
        }
        for (String name : Main.COMMANDS.keySet()) {
            md.append('\n');
            command(md, name, commands.get(name).getCommandSpec());
        }
        return md.toString();
    }

    private static void command(StringBuilder md, String name, CommandSpec spec) {
        md.append("## ").append(name).append("\n\n");
        md.append(cell(String.join(" ", spec.usageMessage().description()))).append("\n\n");
        CommandLine.Help help = new CommandLine.Help(spec, new CommandLine.Help.ColorScheme.Builder(CommandLine.Help.Ansi.OFF).build());
        md.append("```\n").append(help.synopsis(0).stripTrailing()).append("\n```\n\n");
        List<PositionalParamSpec> params = spec.positionalParameters();
        if (!params.isEmpty()) {
            md.append("| argument | description |\n|---|---|\n");
            for (PositionalParamSpec p : params) {
                String optional = p.arity().min() == 0 ? " (optional)" : "";
                md.append("| `").append(p.paramLabel()).append("`").append(optional).append(" | ")
                        .append(cell(String.join(" ", p.description()))).append(" |\n");
            }
            md.append('\n');
        }
        md.append("| option | description |\n|---|---|\n");
        for (OptionSpec o : spec.options()) {
            if (o.usageHelp() || o.versionHelp() || o.hidden()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String n : o.names()) {
                names.add("`" + n + (o.arity().max() > 0 ? " " + o.paramLabel() : "") + "`");
            }
            String description = String.join(" ", o.description());
            if (o.defaultValue() != null && !description.contains(o.defaultValue())) {
                description += " Default: `" + o.defaultValue() + "`.";
            }
            md.append("| ").append(String.join(", ", names)).append(" | ").append(cell(description)).append(" |\n");
        }
        md.append("\nExit codes:\n\n");
        for (String code : EXIT_CODES.getOrDefault(name, List.of())) {
            md.append("- ").append(code).append('\n');
        }
        if (spec.findOption("--json") != null) {
            md.append("\nJSON output (`--json`): ").append(schemaLink(name)).append('\n');
        }
    }

    private static String schemaLink(String command) {
        return "[" + command + ".schema.json](schemas/" + command + ".schema.json)";
    }

    /** Table-cell text: no pipes, and no angle brackets GitHub would take for HTML. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
