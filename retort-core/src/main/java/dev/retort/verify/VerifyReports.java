package dev.retort.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.report.ReportPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Verify's outputs. Text: one line per revision as it passes ({@link #passed}), then the failure
 * with its diff, then a summary. JSON, stable:
 * <pre>
 * {"database": "scratch schema ... on ...", "ok": true|false, "model": null|true|false, "total_ms": 1200,
 *  "passed": [{"revision", "path", "ms"}],
 *  "failure": null | {"revision" (null for graph and model), "path", "step", "message", "diff": ["lines"]}},
 * with the field names of the run commands (revision, path, ms).
 * </pre>
 * {@code step} is one of graph, start, seed, upgrade, downgrade, data, reupgrade, model.
 */
public final class VerifyReports {
    private static final JsonFactory JSON = new JsonFactory();

    private VerifyReports() {}

    /** The progress line of one revision: {@code ok   <id>  <message>  0.12s}. */
    public static String passed(VerifyReport.Passed p) {
        String message = p.message().strip().lines().findFirst().orElse("");
        return "ok   " + p.id() + (message.isEmpty() ? "" : "  " + message) + "  " + seconds(p.duration());
    }

    /** The failure and the summary (the progress lines were written as the walk went). */
    public static void text(VerifyReport r, Path base, Appendable out) {
        try {
            VerifyReport.Failure f = r.failure();
            if (f != null) {
                out.append("FAIL ").append(f.revision() == null ? f.step().text() : f.revision() + " " + f.step().text());
                if (f.file() != null) {
                    out.append(" (").append(ReportPaths.relative(base, Path.of(f.file()))).append(')');
                }
                out.append(": ").append(oneLine(f.message())).append('\n');
                for (String line : f.diff()) {
                    out.append("    ").append(line).append('\n');
                }
            }
            out.append(summary(r)).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String summary(VerifyReport r) {
        int n = r.passed().size();
        String revisions = n + " revision" + (n == 1 ? "" : "s");
        String model = r.model() == null ? "no model configured" : r.model() ? "the model matches" : "the model differs";
        if (r.ok()) {
            return "verify: " + revisions + " upgrade, downgrade and upgrade again cleanly; " + model + " ("
                    + r.database() + "; " + seconds(r.total()) + ")";
        }
        return "verify: failed at " + (r.failure().revision() == null ? "the " + r.failure().step().text()
                : r.failure().revision() + " (" + r.failure().step().text() + ")") + " after " + revisions + " passed ("
                + r.database() + ")";
    }

    public static void json(VerifyReport r, Path base, Writer out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("database", r.database());
            g.writeBooleanField("ok", r.ok());
            g.writeFieldName("model");
            if (r.model() == null) {
                g.writeNull();
            } else {
                g.writeBoolean(r.model());
            }
            g.writeNumberField("total_ms", r.total().toMillis());
            g.writeArrayFieldStart("passed");
            for (VerifyReport.Passed p : r.passed()) {
                g.writeStartObject();
                g.writeStringField("revision", p.id());
                g.writeStringField("path", p.file() == null ? null : ReportPaths.relative(base, Path.of(p.file())));
                g.writeNumberField("ms", p.duration().toMillis());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("failure");
            VerifyReport.Failure f = r.failure();
            if (f == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                g.writeStringField("revision", f.revision());
                g.writeStringField("path", f.file() == null ? null : ReportPaths.relative(base, Path.of(f.file())));
                g.writeStringField("step", f.step().name().toLowerCase(Locale.ROOT));
                g.writeStringField("message", f.message());
                g.writeArrayFieldStart("diff");
                for (String line : f.diff()) {
                    g.writeString(line);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2fs", d.toMillis() / 1000.0);
    }

    private static String oneLine(String s) {
        return s.replace('\r', ' ').replace('\n', ' ');
    }
}
