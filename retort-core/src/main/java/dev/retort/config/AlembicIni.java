package dev.retort.config;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An Alembic project read in place, from its alembic.ini: {@code [alembic] script_location}
 * (relative paths from the ini's folder, {@code %(here)s} interpolated), {@code version_locations}
 * split as Alembic splits them, and {@code sqlalchemy.url} turned into a JDBC url where one can
 * be derived. The version table is Alembic's {@code alembic_version}. Read-only commands use it.
 */
public final class AlembicIni {
    public static final String VERSION_TABLE = "alembic_version";
    private static final String SECTION = "alembic";
    /** Alembic's split when no separator is configured: commas and/or spaces. */
    private static final Pattern LEGACY_SPLIT = Pattern.compile(", *| +");

    private AlembicIni() {}

    /** Reads {@code file}; command-line and RETORT_* values take precedence as with retort.toml. */
    public static RetortConfig load(Path file, ConfigOverrides flags, Map<String, String> environment, Path cwd) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot read " + file + ": " + e.getMessage(),
                    "check that the file is readable UTF-8", e);
        }
        return resolve(file.toAbsolutePath().normalize(), text, flags, environment, cwd);
    }

    static RetortConfig resolve(Path file, String text, ConfigOverrides flags, Map<String, String> environment, Path cwd) {
        if (flags.environment() != null) {
            throw RetortException.usage("--env " + flags.environment() + ": " + file + " is an alembic.ini, which has no environments",
                    "pass --url, or write a retort.toml with [environments." + flags.environment() + "]");
        }
        IniFile ini = IniFile.parse(file, text);
        Path here = file.getParent();
        Map<String, String> defaults = Map.of("here", here.toString());
        String location = ini.get(SECTION, "script_location", defaults);
        if (location == null || location.isBlank()) {
            throw RetortException.usage(file + ": no script_location in [alembic]",
                    "Alembic needs it too: add 'script_location = %(here)s/migrations' under [alembic]");
        }
        Path scriptLocation = folder(ini, "script_location", location.strip(), here);
        List<Path> versions = new ArrayList<>();
        String raw = ini.get(SECTION, "version_locations", defaults);
        if (raw != null && !raw.isBlank()) {
            for (String part : split(ini, raw, defaults)) {
                Path p = folder(ini, "version_locations", part, here);
                if (Files.isDirectory(p)) { // Alembic skips locations that do not exist
                    versions.add(p);
                }
            }
            if (versions.isEmpty()) {
                throw RetortException.usage(ini.where(SECTION, "version_locations") + ": none of the version_locations exists ("
                        + raw.strip() + ")", "create the folders, or fix the paths (relative ones start at alembic.ini's folder)");
            }
        }
        SqlAlchemyUrls.Jdbc derived = SqlAlchemyUrls.toJdbc(ini.get(SECTION, "sqlalchemy.url", defaults), here);
        String url = flags.url() != null ? DatabaseUrls.anchored(flags.url(), cwd)
                : variable(environment, "RETORT_URL") != null ? DatabaseUrls.anchored(variable(environment, "RETORT_URL"), cwd)
                : derived == null ? "" : derived.url();
        boolean own = flags.url() == null && variable(environment, "RETORT_URL") == null && derived != null;
        String user = pick(flags.user(), variable(environment, "RETORT_USER"), own ? derived.user() : "");
        String password = pick(flags.password(), variable(environment, "RETORT_PASSWORD"), own ? derived.password() : "");
        return new RetortConfig(file, scriptLocation, url, user, password, VERSION_TABLE, "",
                RetortConfig.Transaction.PER_REVISION, "", ModelConfig.NONE, versions);
    }

    /**
     * version_locations split as Alembic does: by version_path_separator (or the newer
     * path_separator) when set — space, newline, os, ':' or ';' — else on commas and spaces.
     */
    private static List<String> split(IniFile ini, String raw, Map<String, String> defaults) {
        String key = ini.get(SECTION, "version_path_separator", defaults) != null ? "version_path_separator" : "path_separator";
        String separator = ini.get(SECTION, key, defaults);
        String[] parts;
        if (separator == null) {
            parts = LEGACY_SPLIT.split(raw);
        } else {
            String by = switch (separator.strip()) {
                case "space" -> " ";
                case "newline" -> "\n";
                case "os" -> java.io.File.pathSeparator;
                case ":" -> ":";
                case ";" -> ";";
                default -> throw RetortException.usage(ini.where(SECTION, key) + ": '" + separator.strip() + "' is not a valid value for "
                        + key, "Alembic accepts space, newline, os, ':' or ';'");
            };
            parts = raw.split(Pattern.quote(by));
        }
        return Arrays.stream(parts).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Path folder(IniFile ini, String key, String value, Path here) {
        if (!value.startsWith("/") && value.contains(":") && !value.matches("^[A-Za-z]:[\\\\/].*")) {
            throw RetortException.usage(ini.where(SECTION, key) + ": " + key + " = " + value + " names a Python package resource",
                    "Retort does not import Python: write the folder as a path, e.g. %(here)s/migrations, or use a retort.toml");
        }
        return here.resolve(value).normalize();
    }

    private static String pick(String flag, String variable, String own) {
        return flag != null ? flag : variable != null ? variable : own;
    }

    private static String variable(Map<String, String> environment, String name) {
        String v = environment.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
