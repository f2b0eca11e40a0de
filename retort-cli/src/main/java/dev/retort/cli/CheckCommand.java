package dev.retort.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.RetortException;
import dev.retort.autogen.Autogenerate;
import dev.retort.ops.Operation;
import dev.retort.schema.Review;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * `retort check`: exit 0 with "No changes" when the database at head equals the model, else the
 * operations autogenerate would write, and exit 1. JSON: {"changes": N, "operations": [{"operation",
 * "table", "description", "review"}], "notes": [...]}, where operation is the Operation record's
 * name (createTable, addColumn, ...), and review the REVIEW note or null.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Exit 1 and list the operations when the database at head differs from the model ([model] in retort.toml).")
final class CheckCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Json json;

    CheckCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        ProjectFiles files = ProjectFiles.open(ctx, project);
        Autogenerate.Comparison comparison = new Autogenerate(files.config()).compare(files.map());
        if (json.json) {
            writeJson(comparison);
        } else {
            comparison.notes().forEach(n -> ctx.out().println("Note: " + n));
            if (comparison.isEmpty()) {
                ctx.out().println("No changes in schema detected.");
            } else {
                ctx.out().println(comparison.upgrade().size() + " change(s) between the database and the model:");
                for (Operation op : comparison.upgrade()) {
                    ctx.out().println("  " + op.describe());
                    String note = Review.note(op);
                    if (note != null) {
                        ctx.out().println("    " + note);
                    }
                }
            }
        }
        if (!comparison.isEmpty()) {
            ctx.out().flush();
            throw new RetortException(RetortException.Kind.PROBLEMS, "the database differs from the model: "
                    + comparison.upgrade().size() + " change(s)",
                    "run 'retort revision --autogenerate -m \"...\"' to write them as a revision");
        }
    }

    private void writeJson(Autogenerate.Comparison comparison) {
        try (JsonGenerator g = new JsonFactory().createGenerator(ctx.out()).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("changes", comparison.upgrade().size());
            g.writeArrayFieldStart("operations");
            for (Operation op : comparison.upgrade()) {
                g.writeStartObject();
                String type = op.getClass().getSimpleName();
                g.writeStringField("operation", Character.toLowerCase(type.charAt(0)) + type.substring(1));
                g.writeStringField("table", op.subject());
                g.writeStringField("description", op.describe());
                String note = Review.note(op);
                if (note == null) {
                    g.writeNullField("review");
                } else {
                    g.writeStringField("review", note);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notes");
            for (String n : comparison.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.out().println();
    }
}
