package dev.retort.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.MigrationListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * upgrade, downgrade, stamp and repair with --json: collects what the engine reports and prints
 * one object when the run is done,
 * {@code {"operation", "revisions": [{"revision", "direction", "ms"}], "total_ms"}}. Revisions
 * that were stamped or repaired, not run, have null direction and ms. Nothing goes to stdout
 * before; a wait for the lock is still told, on stderr.
 */
final class JsonRunReport implements MigrationListener {
    private final PrintWriter err;
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Map<String, Duration> durations = new LinkedHashMap<>();
    private RunSummary summary;

    JsonRunReport(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void waiting(String message) {
        err.println(message);
        err.flush();
    }

    @Override
    public void finished(Step step, Duration duration) {
        steps.put(step.id(), step);
        durations.put(step.id(), duration);
    }

    @Override
    public void summary(RunSummary summary) {
        this.summary = summary;
    }

    void write(PrintWriter out) {
        if (summary == null) {
            throw new IllegalStateException("the run reported no summary");
        }
        List<String> ids = new ArrayList<>(steps.keySet());
        summary.revisions().stream().filter(id -> !steps.containsKey(id)).forEach(ids::add);
        try (JsonGenerator json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("operation", summary.operation());
            json.writeArrayFieldStart("revisions");
            for (String id : ids) {
                Step step = steps.get(id);
                json.writeStartObject();
                json.writeStringField("revision", id);
                if (step == null) {
                    json.writeNullField("direction");
                    json.writeNullField("ms");
                } else {
                    json.writeStringField("direction", step.direction().text());
                    json.writeNumberField("ms", durations.get(id).toMillis());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("total_ms", summary.elapsed().toMillis());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
