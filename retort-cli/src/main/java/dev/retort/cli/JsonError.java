package dev.retort.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.RetortException;
import dev.retort.SecretMask;
import dev.retort.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one error shape of every --json command: {@code {"error": {"kind", "exit_code", "message",
 * "details", "hint"}}}, printed on stdout when the command fails, beside the usual error and hint
 * lines on stderr. kind is usage (exit 2, nothing changed), failed (exit 1) or internal (a bug).
 * Run commands print it inside their run document instead (see {@link JsonRunReport}). The text
 * is what stderr says: secrets masked, paths shortened, control characters escaped.
 */
record JsonError(String kind, int exitCode, String message, List<String> details, String hint) {
    JsonError {
        details = List.copyOf(details);
    }

    static JsonError of(RetortException e, CliContext ctx) {
        String kind = e.kind() == RetortException.Kind.USAGE ? "usage" : "failed";
        return new JsonError(kind, e.kind().exitCode(), text(ctx, e.getMessage()),
                e.details().stream().map(d -> text(ctx, d)).toList(), text(ctx, e.hint()));
    }

    static JsonError usage(String message, String hint, CliContext ctx) {
        return new JsonError("usage", RetortException.Kind.USAGE.exitCode(), text(ctx, message), List.of(), text(ctx, hint));
    }

    static JsonError internal(String message, String hint, CliContext ctx) {
        return new JsonError("internal", RetortException.Kind.FAILED.exitCode(), text(ctx, message), List.of(), text(ctx, hint));
    }

    private static String text(CliContext ctx, String s) {
        return s == null ? "" : TerminalText.escape(SecretMask.maskUrl(ctx.shorten(s)));
    }

    /** Writes {@code "error": {...}} into an object being written. */
    void writeField(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("error");
        json.writeStringField("kind", kind);
        json.writeNumberField("exit_code", exitCode);
        json.writeStringField("message", message);
        json.writeArrayFieldStart("details");
        for (String d : details) {
            json.writeString(d);
        }
        json.writeEndArray();
        json.writeStringField("hint", hint);
        json.writeEndObject();
    }

    /** Prints the document {@code {"error": {...}}}. */
    void print(PrintWriter out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            writeField(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
