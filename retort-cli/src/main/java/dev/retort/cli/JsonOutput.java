package dev.retort.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.AppliedInfo;
import dev.retort.Current;
import dev.retort.RevisionGraph;
import dev.retort.RevisionInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

    static void revisions(PrintWriter out, List<RevisionInfo> revisions, GraphView graph, CliContext ctx) {
        // The writer belongs to the command: closing the generator must not close it.
        try (JsonGenerator json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (RevisionInfo r : revisions) {
                json.writeStartObject();
                json.writeStringField("revision", r.id());
                array(json, "revises", r.revises());
                array(json, "branch_labels", r.branchLabels());
                array(json, "effective_branch_labels", graph.labels(r));
                array(json, "depends_on", r.dependsOn());
                json.writeStringField("message", r.message());
                json.writeStringField("create_date", r.createDate());
                if (r.path() == null) {
                    json.writeNullField("path");
                } else {
                    json.writeStringField("path", ctx.display(r.path()));
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

    /**
     * {@code current --json}: an object with url (masked), heads, pending (what an upgrade to
     * heads would apply; null when the database holds revisions no file defines), unknown (those
     * ids), and applied: the version table's rows, oldest first, each with revision, kind
     * (applied or stamped), applied_at (ISO-8601 UTC), applied_by, execution_ms (null when
     * stamped), checksum, path (null without a file) and failed (null, or direction, statement
     * and sql of a revision that broke half way).
     */
    static void current(PrintWriter out, Current current, RevisionGraph map, CliContext ctx) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("url", current.url());
            array(json, "heads", current.heads());
            if (current.pending() == null) {
                json.writeNullField("pending");
            } else {
                array(json, "pending", current.pending());
            }
            array(json, "unknown", current.unknown());
            json.writeArrayFieldStart("applied");
            for (AppliedInfo a : current.applied()) {
                json.writeStartObject();
                json.writeStringField("revision", a.id());
                json.writeStringField("kind", a.kind().text());
                json.writeStringField("applied_at", a.appliedAt() == null ? null : a.appliedAt().toString());
                json.writeStringField("applied_by", a.appliedBy());
                if (a.executionMs() == null) {
                    json.writeNullField("execution_ms");
                } else {
                    json.writeNumberField("execution_ms", a.executionMs());
                }
                json.writeStringField("checksum", a.checksum());
                RevisionInfo r = map.find(a.id()).orElse(null);
                json.writeStringField("path", r == null || r.path() == null ? null : ctx.display(r.path()));
                if (a.isFailed()) {
                    json.writeObjectFieldStart("failed");
                    json.writeStringField("direction", a.failed().text());
                    if (a.failedStatement() == null) {
                        json.writeNullField("statement");
                    } else {
                        json.writeNumberField("statement", a.failedStatement());
                    }
                    json.writeStringField("sql", a.failedSql());
                    json.writeEndObject();
                } else {
                    json.writeNullField("failed");
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
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
