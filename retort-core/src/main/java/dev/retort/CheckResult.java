package dev.retort;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What {@link Retort#check} found between the database at head and the model: the changes
 * autogenerate would write (none when they match) and notes about what it could not compare.
 */
public record CheckResult(List<SchemaChange> changes, List<String> notes) {
    public CheckResult {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * {@code {"changes": N, "operations": [{"operation", "table", "description", "review"}], "notes": [...]}},
     * pretty-printed, without a final line break.
     */
    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("changes", changes.size());
            g.writeArrayFieldStart("operations");
            for (SchemaChange c : changes) {
                g.writeStartObject();
                g.writeStringField("operation", c.operation());
                g.writeStringField("table", c.table());
                g.writeStringField("description", c.description());
                if (c.review() == null) {
                    g.writeNullField("review");
                } else {
                    g.writeStringField("review", c.review());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notes");
            for (String n : notes) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
