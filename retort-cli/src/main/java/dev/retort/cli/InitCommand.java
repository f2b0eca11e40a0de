package dev.retort.cli;

import dev.retort.InitResult;
import dev.retort.Retort;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort init [DIR]}: core writes the project; this prints what it created and what to do next. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create retort.toml, the versions folder and editable templates in DIR (default: here).")
final class InitCommand extends CommandBase {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Project folder (created if missing).")
    Path dir;

    InitCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        InitResult r = Retort.init(ctx.cwd().resolve(dir == null ? Path.of(".") : dir).normalize());
        for (Path p : r.created()) {
            ctx.out().println("Created " + ctx.display(p) + (Files.isDirectory(p) ? "/" : ""));
        }
        if (r.gitignore() != null) {
            ctx.out().println((r.gitignoreExisted() ? "Added " + String.join(", ", r.ignored()) + " to " : "Created ")
                    + ctx.display(r.gitignore()));
        }
        String cd = r.root().equals(ctx.cwd()) ? "" : "cd " + ctx.display(r.root()) + " && ";
        ctx.out().println("Next: " + cd + "retort revision -m \"create the first table\"");
    }
}
