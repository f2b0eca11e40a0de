package dev.retort.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.script.Revision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The JSON shape of revisions, shared by heads, history, branches and show: an array, in display
 * order, of objects with revision, revises, branch_labels (as the file declares them),
 * effective_branch_labels (declared and inherited, as identifiers resolve them), depends_on,
 * message, create_date, path (relative to the working directory when under it; null when the
 * revision has no file), children, is_head, is_branch_point, is_merge_point.
 */
final class JsonOutput {
    private JsonOutput() {}

    static void revisions(PrintWriter out, List<Revision> revisions, GraphView graph, CliContext ctx) {
        // The writer belongs to the command: closing the generator must not close it.
        try (JsonGenerator json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (Revision r : revisions) {
                json.writeStartObject();
                json.writeStringField("revision", r.id());
                array(json, "revises", r.revises());
                array(json, "branch_labels", r.branchLabels());
                array(json, "effective_branch_labels", graph.labels(r));
                array(json, "depends_on", r.dependsOn());
                json.writeStringField("message", r.message());
                json.writeStringField("create_date", r.createDate());
                if (r.source() == null) {
                    json.writeNullField("path");
                } else {
                    json.writeStringField("path", ctx.display(r.source().path()));
                }
                array(json, "children", graph.children(r));
                json.writeBooleanField("is_head", graph.isHead(r));
                json.writeBooleanField("is_branch_point", graph.isBranchPoint(r));
                json.writeBooleanField("is_merge_point", graph.isMergePoint(r));
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void array(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }
}
