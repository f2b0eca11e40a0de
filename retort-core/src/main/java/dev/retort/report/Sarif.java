package dev.retort.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, so code-scanning tools show findings inline. One rule per code; locations are
 * relative to {@code %SRCROOT%} (the base directory given); database findings carry none.
 * Silenced findings are results with an in-source suppression and its justification, which
 * code-scanning tools show as dismissed.
 */
public final class Sarif {
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * The tool: its name ("retort-doctor"), version, and its rules, code to one-line
     * description, in the order they are listed.
     */
    public record Tool(String name, String version, Map<String, String> rules) {
        public Tool {
            rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        }
    }

    private Sarif() {}

    public static void write(Tool tool, List<Finding> findings, List<Silenced> silenced, Path base, Writer out) {
        List<String> codes = new ArrayList<>(tool.rules().keySet());
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
            g.writeStringField("name", tool.name());
            g.writeStringField("version", tool.version());
            g.writeArrayFieldStart("rules");
            for (Map.Entry<String, String> rule : tool.rules().entrySet()) {
                g.writeStartObject();
                g.writeStringField("id", rule.getKey());
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", rule.getValue());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Finding f : findings) {
                result(g, f, codes.indexOf(f.code()), base, null);
            }
            for (Silenced s : silenced) {
                result(g, s.finding(), codes.indexOf(s.finding().code()), base, s.reason());
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

    private static void result(JsonGenerator g, Finding f, int ruleIndex, Path base, String suppression) throws IOException {
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
            g.writeStringField("uri", uri(ReportPaths.relative(base, f.file())));
            if (!f.file().isAbsolute() || (base != null && f.file().toAbsolutePath().normalize().startsWith(base.toAbsolutePath().normalize()))) {
                g.writeStringField("uriBaseId", "%SRCROOT%");
            }
            g.writeEndObject();
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", f.line());
            if (f.column() > 0) {
                g.writeNumberField("startColumn", f.column());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (suppression != null) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "inSource");
            g.writeStringField("justification", suppression);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** A relative reference, percent-encoding what a URI cannot hold as is. */
    private static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
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
