package dev.retort.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A finding as JSON, the same shape in every command's --json: {@code {"code", "severity":
 * "error"|"warning", "file" (null for the database), "line", "column" (only when known), "message",
 * "why", "fix"}}.
 */
public final class FindingJson {
    private FindingJson() {}

    public static void array(JsonGenerator g, List<Finding> findings, Path base) throws IOException {
        g.writeStartArray();
        for (Finding f : findings) {
            g.writeStartObject();
            fields(g, f, base);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Silenced findings: the finding's fields plus {@code "reason"}. */
    public static void silenced(JsonGenerator g, List<Silenced> silenced, Path base) throws IOException {
        g.writeStartArray();
        for (Silenced s : silenced) {
            g.writeStartObject();
            fields(g, s.finding(), base);
            g.writeStringField("reason", s.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The fields of one finding, into an object the caller has opened. */
    public static void fields(JsonGenerator g, Finding f, Path base) throws IOException {
        g.writeStringField("code", f.code());
        g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
        g.writeStringField("file", f.file() == null ? null : ReportPaths.relative(base, f.file()));
        g.writeNumberField("line", f.line());
        if (f.column() > 0) {
            g.writeNumberField("column", f.column());
        }
        g.writeStringField("message", f.message());
        g.writeStringField("why", f.why());
        g.writeStringField("fix", f.fix());
    }
}
