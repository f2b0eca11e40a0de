package dev.retort.cli;

import dev.retort.HookResult;
import dev.retort.Retort;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort install-hook}: a git pre-commit hook that runs {@code retort doctor}. */
@Command(name = "install-hook", mixinStandardHelpOptions = true,
        description = {"Install a git pre-commit hook that runs 'retort doctor --files-only'.",
                "A broken revision chain then cannot be committed (warnings do not block).",
                "The hook runs the launcher it was installed with. An existing hook gets",
                "the line appended, or, when that is not safe, is left alone with a hint."})
final class InstallHookCommand extends CommandBase {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "A versions folder for the hook to check (as for 'retort doctor PATH'); default: the configured one.")
    Path path;

    @Option(names = "--with-database",
            description = "Let the hook also check the configured database (it then fails while that database is down).")
    boolean withDatabase;

    InstallHookCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        Path start = path == null ? ctx.cwd() : ctx.cwd().resolve(path).normalize();
        String command = launcher() + " doctor" + (withDatabase ? "" : " --files-only");
        if (path != null) {
            // The hook runs from the repository's top folder: name the folder relative to it.
            Path top = Retort.gitRoot(start);
            command += " " + shellQuote(top.relativize(start.toAbsolutePath()).toString());
        }
        HookResult r = Retort.installHook(start, command);
        String where = ctx.display(r.hook());
        ctx.out().println(switch (r.outcome()) {
            case CREATED -> "installed " + where + ": commits now run '" + command + "'";
            case APPENDED -> "added '" + command + "' to the existing hook " + where;
            case ALREADY_INSTALLED -> where + " already runs retort doctor; nothing changed";
        });
    }

    /**
     * How the hook starts this Retort: git runs hooks with its own PATH, where a checkout's
     * bin/retort is not, so the hook names the launcher it was installed from (bin/retort passes
     * its absolute path in RETORT_LAUNCHER), else the java and jar running now, else "retort".
     */
    private String launcher() {
        String own = ctx.environment().get("RETORT_LAUNCHER");
        if (own != null && !own.isBlank()) {
            return shellQuote(own);
        }
        try {
            java.security.CodeSource source = InstallHookCommand.class.getProtectionDomain().getCodeSource();
            Path jar = source == null ? null : Path.of(source.getLocation().toURI());
            if (jar != null && jar.getFileName().toString().endsWith(".jar")) {
                Path java = Path.of(System.getProperty("java.home"), "bin", "java");
                return shellQuote(java.toString()) + " -jar " + shellQuote(jar.toAbsolutePath().toString());
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // An unusual class loader: fall back to the command on PATH.
        }
        return "retort";
    }

    private static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_./-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
