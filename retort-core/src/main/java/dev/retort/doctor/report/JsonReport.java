package dev.retort.doctor.report;

import dev.retort.doctor.repair.FileChange;
import dev.retort.doctor.repair.Repair;
import dev.retort.doctor.repair.UnifiedDiff;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.report.Finding;
import dev.retort.report.FindingJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The --json shape, stable across releases:
 * <pre>
 * {"versions": "...", "files": 7, "clean": false,
 *  "database": null | {"name": "alembic_version", "at": ["head ids"], "applied": 6},
 *  "findings": [{"code", "severity": "error"|"warning", "file" (null for the database), "line", "message", "why", "fix"}],
 *  "silenced": [{... the same fields, "reason"}],
 *  "repair": null | {"written": false, "changes": [{"file", "from" (null unless renamed or created), "created", "renamed", "edited"}],
 *             "diff": "...", "refused": [{"code", "file", "line", "reason"}], "remaining": [findings]}}
 * </pre>
 */
public final class JsonReport {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonReport() {}

    public static void write(DoctorReport report, Path base, Writer out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("versions", UnifiedDiff.relative(base, report.versions()));
            g.writeNumberField("files", report.files());
            g.writeBooleanField("clean", report.clean());
            g.writeFieldName("database");
            if (report.database() == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                g.writeStringField("name", report.database().name());
                g.writeArrayFieldStart("at");
                for (String id : report.database().at()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeNumberField("applied", report.database().applied());
                g.writeEndObject();
            }
            g.writeFieldName("findings");
            findings(g, report.findings(), base);
            g.writeFieldName("silenced");
            FindingJson.silenced(g, report.silenced(), base);
            g.writeFieldName("repair");
            Repair r = report.repair();
            if (r == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                g.writeBooleanField("written", r.written());
                g.writeArrayFieldStart("changes");
                for (FileChange c : r.changes()) {
                    g.writeStartObject();
                    g.writeStringField("file", UnifiedDiff.relative(base, c.to()));
                    g.writeStringField("from", c.renamed() ? UnifiedDiff.relative(base, c.from()) : null);
                    g.writeBooleanField("created", c.created());
                    g.writeBooleanField("renamed", c.renamed());
                    g.writeBooleanField("edited", c.edited());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField("diff", r.diff(base));
                g.writeArrayFieldStart("refused");
                for (Repair.Refusal x : r.refused()) {
                    g.writeStartObject();
                    g.writeStringField("code", x.finding().code());
                    g.writeStringField("file", x.finding().file() == null ? null : UnifiedDiff.relative(base, x.finding().file()));
                    g.writeNumberField("line", x.finding().line());
                    g.writeStringField("reason", x.reason());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeFieldName("remaining");
                findings(g, r.remaining(), base);
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void findings(JsonGenerator g, List<Finding> findings, Path base) throws IOException {
        FindingJson.array(g, findings, base);
    }
}
