package dev.retort.cli;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options commands share, as picocli mixins. */
final class Options {
    private Options() {}

    /** Where the project is and which database: -c, --env, --url. */
    static final class Project {
        @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Config file (default: retort.toml in this directory or a parent).")
        Path config;

        @Option(names = "--env", paramLabel = "NAME", description = "Use [environments.NAME] of the config (default: $RETORT_ENV).")
        String environment;

        @Option(names = "--url", paramLabel = "URL", description = "Database url, overriding config and $RETORT_URL.")
        String url;
    }

    /**
     * -x KEY=VALUE, repeatable (Alembic's -x): arguments for the revisions, read by Java revisions
     * with op.x("KEY") and written ${x.KEY} in SQL revisions and templates.
     */
    static final class XArguments {
        @Option(names = "-x", paramLabel = "KEY=VALUE", mapFallbackValue = "",
                description = "An argument for the revisions (repeatable): op.x(\"KEY\") in Java, ${x.KEY} in SQL and templates.")
        Map<String, String> values = new LinkedHashMap<>();
    }

    /** --json: machine-readable output with a documented shape. */
    static final class Json {
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;
    }

    /** Findings as text, JSON (also --json) or SARIF 2.1.0, for doctor and lint. */
    static final class Findings {
        enum Format { TEXT, JSON, SARIF }

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or sarif (SARIF 2.1.0).")
        Format format;

        Format chosen() {
            return format != null ? format : json ? Format.JSON : Format.TEXT;
        }
    }

    /** How long a run waits for another runner's lock. */
    static final class Lock {
        /** A year: longer waits are typing mistakes, and would overflow the clock's nanoseconds. */
        static final long MAX_SECONDS = 365L * 24 * 3600;

        @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "60",
                description = "Give up after waiting this long for another runner (default: ${DEFAULT-VALUE}).")
        long seconds;

        Duration timeout() {
            if (seconds < 0) {
                throw RetortException.usage("--lock-timeout must be zero or more seconds, not " + seconds,
                        "e.g. --lock-timeout 300 to wait five minutes");
            }
            if (seconds > MAX_SECONDS) {
                throw RetortException.usage("--lock-timeout must be at most " + MAX_SECONDS + " seconds (a year), not " + seconds,
                        "e.g. --lock-timeout 3600 to wait an hour");
            }
            return Duration.ofSeconds(seconds);
        }
    }

    /** --sql and --dialect: print the script instead of connecting. */
    static final class Progress {
        @Option(names = "--no-progress", description = "Plain lines even on a terminal: no status line, no colours.")
        boolean off;
    }

    static final class Offline {
        @Option(names = "--sql", description = "Print the SQL script instead of running it; never connects.")
        boolean sql;

        @Option(names = "--dialect", paramLabel = "NAME",
                description = "Dialect of the --sql script: postgresql, mysql, sqlite or h2 (default: the url's).")
        String dialect;

        void check() {
            if (dialect != null && !sql) {
                throw RetortException.usage("--dialect only applies to --sql scripts", "add --sql, or leave out --dialect");
            }
        }
    }

    /** --debug: stack traces on errors. Main reads it from the parse result. */
    static final class Debug {
        static final String NAME = "--debug";

        @Option(names = NAME, description = "Show stack traces on errors.")
        boolean debug;
    }
}
