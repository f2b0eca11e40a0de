package dev.retort.cli;

import dev.retort.doctor.GitHook;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort install-hook}: a git pre-commit hook that runs {@code retort doctor}. */
@Command(name = "install-hook", mixinStandardHelpOptions = true,
        description = {"Install a git pre-commit hook that runs 'retort doctor'.",
                "A broken revision chain then cannot be committed. An existing hook gets",
                "the line appended, or, when that is not safe, is left alone with a hint."})
final class InstallHookCommand extends CommandBase {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "A versions folder for the hook to check (as for 'retort doctor PATH'); default: the configured one.")
    Path path;

    InstallHookCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        Path start = path == null ? ctx.cwd() : ctx.cwd().resolve(path).normalize();
        String command = "retort doctor";
        if (path != null) {
            // The hook runs from the repository's top folder: name the folder relative to it.
            Path top = GitHook.repositoryRoot(start);
            command += " " + shellQuote(top.relativize(start.toAbsolutePath()).toString());
        }
        GitHook.Result r = GitHook.install(start, command);
        String where = ctx.display(r.hook());
        ctx.out().println(switch (r.outcome()) {
            case CREATED -> "installed " + where + ": commits now run '" + command + "'";
            case APPENDED -> "added '" + command + "' to the existing hook " + where;
            case ALREADY_INSTALLED -> where + " already runs retort doctor; nothing changed";
        });
    }

    private static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_./-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
