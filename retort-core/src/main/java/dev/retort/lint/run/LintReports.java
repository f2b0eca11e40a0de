package dev.retort.lint.run;

import dev.retort.lint.LintReport;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.report.Finding;
import dev.retort.report.FindingJson;
import dev.retort.report.FindingText;
import dev.retort.report.Sarif;
import dev.retort.report.Severity;
import dev.retort.report.Silenced;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Lint's three outputs. Text: {@code LEVEL CODE FILE:LINE message} with why and fix lines, with
 * -v the silenced findings ({@code ALLOWED ...} and the reason), then a summary. JSON, stable:
 * <pre>
 * {"dialect": "postgresql" | null, "scope": "...", "revisions": ["ids checked, oldest first"],
 *  "clean": true|false, "errors": 1, "warnings": 2,
 *  "findings": [{"code", "severity", "file", "line", "message", "why", "fix"}],
 *  "silenced": [{... the same fields, "reason"}]}
 * </pre>
 * SARIF 2.1.0, silenced findings as suppressed results.
 */
public final class LintReports {
    private static final JsonFactory JSON = new JsonFactory();

    private LintReports() {}

    public static void text(LintReport report, Path base, boolean verbose, Appendable out) {
        try {
            for (Finding f : report.findings()) {
                FindingText.write(f, base, out);
            }
            if (verbose) {
                for (Silenced s : report.silenced()) {
                    Finding f = s.finding();
                    out.append("ALLOWED ").append(f.code()).append(' ').append(FindingText.location(f, base)).append(' ')
                            .append(FindingText.oneLine(f.message())).append('\n');
                    out.append("    reason: ").append(s.reason().isEmpty() ? "(none given)" : FindingText.oneLine(s.reason()))
                            .append('\n');
                }
            }
            out.append(summary(report, verbose)).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String summary(LintReport r, boolean verbose) {
        int n = r.revisions().size();
        String where = " in " + n + " revision" + (n == 1 ? "" : "s") + (r.scope().isEmpty() ? "" : " (" + r.scope() + ")");
        String head;
        if (r.findings().isEmpty()) {
            head = "lint: no problems" + where;
        } else {
            long errors = r.count(Severity.ERROR);
            long warnings = r.count(Severity.WARNING);
            head = "lint: " + plural(r.findings().size(), "finding") + " (" + plural(errors, "error") + ", "
                    + plural(warnings, "warning") + ")" + where;
        }
        String silenced = r.silenced().isEmpty() ? ""
                : "; " + r.silenced().size() + " silenced" + (verbose ? "" : " (-v shows them)");
        String dialect = r.dialect() == null
                ? "; database unknown, checks for one database skipped (pass --dialect)"
                : "; for " + r.dialect();
        return head + silenced + dialect;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    public static void json(LintReport report, Path base, Writer out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("dialect", report.dialect());
            g.writeStringField("scope", report.scope());
            g.writeArrayFieldStart("revisions");
            for (String id : report.revisions()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeBooleanField("clean", report.findings().isEmpty());
            g.writeNumberField("errors", report.count(Severity.ERROR));
            g.writeNumberField("warnings", report.count(Severity.WARNING));
            g.writeFieldName("findings");
            FindingJson.array(g, report.findings(), base);
            g.writeFieldName("silenced");
            FindingJson.silenced(g, report.silenced(), base);
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sarif(LintReport report, Path base, String toolVersion, Writer out) {
        Sarif.write(new Sarif.Tool("retort-lint", toolVersion, Lint.summaries()), report.findings(), report.silenced(), base, out);
    }
}
