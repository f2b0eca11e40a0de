package dev.retort.cli;

import dev.retort.config.ConfigOverrides;
import java.nio.file.Path;
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

        ConfigOverrides overrides() {
            return new ConfigOverrides(config, environment, url, null, null);
        }
    }

    /** --json: machine-readable output with a documented shape. */
    static final class Json {
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;
    }

    /** --debug: stack traces on errors. Main reads it from the parse result. */
    static final class Debug {
        static final String NAME = "--debug";

        @Option(names = NAME, description = "Show stack traces on errors.")
        boolean debug;
    }
}
