package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.RevisionInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Opens a revision's file in the user's editor, which inherits the terminal; the exit code is
 * the editor's. Not a {@link CommandBase}: it is the one command whose status is not Retort's.
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Open a revision's file in $VISUAL or $EDITOR (vi when neither is set).")
final class EditCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Parameters(index = "0", paramLabel = "REV", description = "An id, unique prefix, label, head, label@head, ...")
    String rev;

    EditCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    int execute() throws InterruptedException {
        RevisionInfo revision = Runs.open(ctx, project).revisions().resolveOne(rev).orElse(null);
        if (revision == null || revision.path() == null) {
            throw RetortException.usage("'" + rev + "' names no revision file", "name a revision: an id, prefix, label or head");
        }
        Path file = ctx.cwd().resolve(revision.path());
        List<String> command = new ArrayList<>(editor());
        command.add(file.toString());
        ctx.out().flush();
        ctx.err().flush();
        try {
            return new ProcessBuilder(command).directory(ctx.cwd().toFile()).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw RetortException.usage("cannot start the editor '" + String.join(" ", editor()) + "': " + e.getMessage(),
                    "set VISUAL or EDITOR to an editor on your PATH");
        }
    }

    /** $VISUAL, else $EDITOR, else vi; split on spaces, as shells do for "code --wait". */
    private List<String> editor() {
        for (String name : List.of("VISUAL", "EDITOR")) {
            String value = ctx.environment().get(name);
            if (value != null && !value.isBlank()) {
                return List.of(value.trim().split("\\s+"));
            }
        }
        return List.of("vi");
    }
}
