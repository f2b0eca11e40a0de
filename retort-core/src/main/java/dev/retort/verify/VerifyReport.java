package dev.retort.verify;

import java.time.Duration;
import java.util.List;

/**
 * What verify found: where it ran, the revisions that passed the round trip (in order), and the
 * first failure (null when none). {@code model} is null when no model is configured, else
 * whether the schema at head matches it.
 */
public record VerifyReport(String database, List<Passed> passed, Failure failure, Boolean model, Duration total) {
    public VerifyReport {
        passed = List.copyOf(passed);
    }

    /** Which part of the walk failed. */
    public enum Step {
        GRAPH("revision graph"),
        START("upgrade to the starting revision"),
        SEED("data seeding"),
        UPGRADE("upgrade"),
        DOWNGRADE("downgrade"),
        DATA("data check"),
        REUPGRADE("upgrade after the downgrade"),
        MODEL("model check");

        private final String text;

        Step(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** A revision whose upgrade, downgrade and second upgrade left the schema as they should. */
    public record Passed(String id, String file, String message, Duration duration) {}

    /**
     * The failure: the revision (null for the graph or the model), its file, the step, what went
     * wrong, and the schema or row difference, line by line ({@code - expected}, {@code + found}).
     */
    public record Failure(String revision, String file, Step step, String message, List<String> diff) {
        public Failure {
            diff = List.copyOf(diff);
        }
    }

    public boolean ok() {
        return failure == null;
    }
}
