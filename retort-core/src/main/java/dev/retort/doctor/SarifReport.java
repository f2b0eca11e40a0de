package dev.retort.doctor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, so code-scanning tools show findings inline. One rule per doctor code; locations
 * are relative to {@code %SRCROOT%} (the base directory given); database findings carry none.
 */
public final class SarifReport {
    private static final JsonFactory JSON = new JsonFactory();

    /** One line per code, for the SARIF rule list; a test keeps it complete. */
    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("unreadable-revision", "A revision file cannot be read"),
            Map.entry("duplicate-id", "Two files declare the same revision id"),
            Map.entry("missing-parent", "A revision's parent names no revision"),
            Map.entry("cycle", "The revision graph loops"),
            Map.entry("multiple-roots", "Several revisions revise nothing"),
            Map.entry("multiple-heads", "The revision graph has more than one head"),
            Map.entry("header-drift", "An Alembic docstring disagrees with the code"),
            Map.entry("id-not-in-filename", "The file name does not contain the revision id"),
            Map.entry("unknown-dependency", "depends_on names no revision or label"),
            Map.entry("unknown-label", "depends_on names no branch label"),
            Map.entry("duplicate-label", "A branch label is used twice"),
            Map.entry("empty-downgrade", "The downgrade is missing or empty"),
            Map.entry("stray-versions", "Revision files outside the configured versions folder"),
            Map.entry("changed-after-apply", "An applied revision's file changed"),
            Map.entry("unknown-applied", "The database applied a revision no file defines"));

    private SarifReport() {}

    public static void write(DoctorReport report, Path base, String toolVersion, Writer out) {
        List<String> codes = Doctor.codes();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "retort-doctor");
            g.writeStringField("version", toolVersion);
            g.writeArrayFieldStart("rules");
            for (String code : codes) {
                g.writeStartObject();
                g.writeStringField("id", code);
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", RULES.getOrDefault(code, code));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Finding f : report.findings()) {
                result(g, f, codes.indexOf(f.code()), base);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void result(JsonGenerator g, Finding f, int ruleIndex, Path base) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.code());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", f.severity() == Severity.ERROR ? "error" : "warning");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message() + ". Why: " + f.why() + (f.fix().isEmpty() ? "" : ". Fix: " + f.fix()));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        if (f.file() != null) {
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", uri(UnifiedDiff.relative(base, f.file())));
            if (!f.file().isAbsolute() || (base != null && f.file().toAbsolutePath().normalize().startsWith(base.toAbsolutePath().normalize()))) {
                g.writeStringField("uriBaseId", "%SRCROOT%");
            }
            g.writeEndObject();
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", f.line());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A relative reference, percent-encoding what a URI cannot hold as is. */
    private static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        String s = b.toString();
        return path.startsWith("/") ? "file://" + s : s;
    }
}
