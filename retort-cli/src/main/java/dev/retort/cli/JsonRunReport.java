package dev.retort.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.MigrationListener;
import dev.retort.RetortException;
import dev.retort.SecretMask;
import dev.retort.TerminalText;
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
 * one object when the run is over,
 * {@code {"operation", "revisions": [{"revision", "direction", "ms"}], "total_ms", "at"}}, where
 * at is where the database is now (its heads). Revisions that were recorded, not run, have null
 * ms and direction upgrade (stamped), downgrade (unstamped) or none (repaired). stamp adds
 * "purged". A run that failed adds "failed" (the revision that broke, its statement, line, SQL,
 * the database's message and what was undone; null when no revision broke, e.g. a lock timeout)
 * and "error" (the shape of {@link JsonError}), and lists only the revisions that completed.
 * Nothing goes to stdout before; a wait for the lock is still told, on stderr.
 */
final class JsonRunReport implements MigrationListener {
    private final CliContext ctx;
    private final String operation;
    private final long start = System.nanoTime();
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Map<String, Duration> durations = new LinkedHashMap<>();
    private Step failedStep;
    private Failure failure;
    private RunSummary summary;

    JsonRunReport(CliContext ctx, String operation) {
        this.ctx = ctx;
        this.operation = operation;
    }

    /** The run failed and its document, error included, is printed: Main prints only the stderr lines. */
    static final class Printed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Printed(RetortException failure) {
            super(failure.getMessage(), failure);
        }

        RetortException failure() {
            return (RetortException) getCause();
        }
    }

    @Override
    public void waiting(String message) {
        ctx.err().println(message);
        ctx.err().flush();
    }

    @Override
    public void finished(Step step, Duration duration) {
        steps.put(step.id(), step);
        durations.put(step.id(), duration);
    }

    @Override
    public void failed(Step step, Duration duration, Failure failure) {
        this.failedStep = step;
        this.failure = failure;
    }

    @Override
    public void summary(RunSummary summary) {
        this.summary = summary;
    }

    /** The document of a run that succeeded; {@code at} null when the database could not be read afterwards. */
    void write(List<String> at) {
        if (summary == null) {
            throw new IllegalStateException("the run reported no summary");
        }
        print(at, null);
    }

    /** The document of a run that failed with {@code e}. */
    void writeFailure(List<String> at, RetortException e) {
        print(at, JsonError.of(e, ctx));
    }

    private void print(List<String> at, JsonError error) {
        PrintWriter out = ctx.out();
        List<String> ids = new ArrayList<>(steps.keySet());
        List<String> removed = summary == null ? List.of() : summary.removed();
        if (summary != null) {
            summary.revisions().stream().filter(id -> !steps.containsKey(id)).forEach(ids::add);
        }
        try (JsonGenerator json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("operation", operation);
            json.writeArrayFieldStart("revisions");
            for (String id : ids) {
                Step step = steps.get(id);
                json.writeStartObject();
                json.writeStringField("revision", id);
                if (step == null) {
                    // recorded without running: stamped, unstamped, or a marker repaired
                    json.writeStringField("direction", removed.contains(id) ? "downgrade" : operation.equals("stamp") ? "upgrade" : "none");
                    json.writeNullField("ms");
                } else {
                    json.writeStringField("direction", step.direction().text());
                    json.writeNumberField("ms", durations.get(id).toMillis());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            Duration total = summary != null ? summary.elapsed() : Duration.ofNanos(System.nanoTime() - start);
            json.writeNumberField("total_ms", total.toMillis());
            if (operation.equals("stamp")) {
                json.writeNumberField("purged", summary == null ? 0 : summary.purged());
            }
            if (at == null) {
                json.writeNullField("at");
            } else {
                json.writeArrayFieldStart("at");
                for (String id : at) {
                    json.writeString(id);
                }
                json.writeEndArray();
            }
            if (error != null) {
                writeFailed(json);
                error.writeField(json);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private void writeFailed(JsonGenerator json) throws IOException {
        if (failure == null) {
            json.writeNullField("failed");
            return;
        }
        json.writeObjectFieldStart("failed");
        json.writeStringField("revision", failedStep.id());
        json.writeStringField("direction", failedStep.direction().text());
        if (failure.statement() > 0) {
            json.writeNumberField("statement", failure.statement());
        } else {
            json.writeNullField("statement");
        }
        json.writeStringField("file", failure.file() == null ? null : ctx.shorten(failure.file()));
        if (failure.line() > 0) {
            json.writeNumberField("line", failure.line());
        } else {
            json.writeNullField("line");
        }
        json.writeStringField("sql", failure.sql());
        json.writeStringField("database_message", TerminalText.escape(SecretMask.maskUrl(ctx.shorten(failure.error()))));
        json.writeStringField("outcome", failure.outcome() == null ? null : failure.outcome().text());
        json.writeEndObject();
    }
}
