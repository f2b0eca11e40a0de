package dev.retort.config;

import com.electronwill.nightconfig.core.UnmodifiableConfig;
import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.toml.TomlParser;
import dev.retort.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Finds and reads retort.toml and applies the precedence of DESIGN §2: command-line flags, then
 * RETORT_URL / RETORT_USER / RETORT_PASSWORD / RETORT_ENV, then the chosen [environments.X], then
 * [retort]. The working directory and the environment are passed in, never read from the JVM.
 */
public final class ConfigLoader {
    /** The keys [retort] and [environments.X] may hold. */
    public static final List<String> KEYS = List.of(
            "script_location", "url", "user", "password", "version_table", "schema", "transaction");

    private final Path cwd;
    private final Map<String, String> environment;

    public ConfigLoader(Path cwd, Map<String, String> environment) {
        this.cwd = cwd.toAbsolutePath().normalize();
        this.environment = Map.copyOf(environment);
    }

    /** The config file named by {@code -c} or found in the working directory or a parent. */
    public Path locate(ConfigOverrides flags) {
        Path file = find(flags, false);
        if (file.getFileName().toString().equals(RetortConfig.ALEMBIC_INI)) {
            throw RetortException.usage(file + " is Alembic's config; this command needs a " + RetortConfig.FILE_NAME,
                    "Retort reads Alembic revisions (heads, history, doctor, lint, ...) but does not run them: "
                            + "upgrade with 'alembic upgrade', or start Retort revisions with 'retort init'");
        }
        return file;
    }

    /**
     * The nearest retort.toml or, for read-only commands, alembic.ini (retort.toml wins in one
     * folder). Without {@code alembic}, an alembic.ini found first is returned for
     * {@link #locate} to refuse with a hint.
     */
    private Path find(ConfigOverrides flags, boolean alembic) {
        if (flags.configFile() != null) {
            Path file = cwd.resolve(flags.configFile()).normalize();
            if (!Files.isRegularFile(file)) {
                throw RetortException.usage("config file " + file + " does not exist",
                        "check the path given to -c, or run 'retort init' to create one");
            }
            return file;
        }
        Path alembicIni = null;
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(RetortConfig.FILE_NAME);
            if (Files.isRegularFile(file)) {
                return file;
            }
            Path ini = dir.resolve(RetortConfig.ALEMBIC_INI);
            if (alembicIni == null && Files.isRegularFile(ini)) {
                if (alembic) {
                    return ini;
                }
                alembicIni = ini;
            }
        }
        if (alembicIni != null) {
            return alembicIni;
        }
        if (alembic) {
            throw RetortException.usage("no " + RetortConfig.FILE_NAME + " or " + RetortConfig.ALEMBIC_INI + " in " + cwd
                    + " or any parent directory", "run it in the folder holding alembic.ini, pass -c FILE, or run 'retort init'");
        }
        throw RetortException.usage("no " + RetortConfig.FILE_NAME + " in " + cwd + " or any parent directory",
                "run 'retort init' to create one, or pass -c FILE");
    }

    /**
     * For read-only commands: like {@link #load}, but an Alembic project's alembic.ini (found
     * before any retort.toml, or named with -c) serves as well; see {@link AlembicIni}.
     */
    public RetortConfig loadForReading(ConfigOverrides flags) {
        Path file = find(flags, true);
        if (file.getFileName().toString().endsWith(".ini")) {
            return AlembicIni.load(file, flags, environment, cwd);
        }
        return read(file, flags);
    }

    /**
     * A bare folder's configuration (no retort.toml, such as an Alembic project's versions folder
     * named on the command line): the database only from the flags, then RETORT_URL, RETORT_USER
     * and RETORT_PASSWORD; the default version table.
     */
    public RetortConfig forFolder(Path scriptLocation, ConfigOverrides flags) {
        return new RetortConfig(null, scriptLocation, pick(flags.url(), variable("RETORT_URL")),
                pick(flags.user(), variable("RETORT_USER")), pick(flags.password(), variable("RETORT_PASSWORD")),
                null, "", null, "", ModelConfig.NONE);
    }

    /**
     * True when neither {@code flags} nor RETORT_URL names the database, so a url in the file
     * (retort.toml's or alembic.ini's) is the one used.
     */
    public boolean urlFromFile(ConfigOverrides flags) {
        return flags.url() == null && variable("RETORT_URL") == null;
    }

    private static String pick(String flag, String variable) {
        return flag != null ? flag : variable;
    }

    /** Locates, reads and resolves the configuration. */
    public RetortConfig load(ConfigOverrides flags) {
        return read(locate(flags), flags);
    }

    private RetortConfig read(Path file, ConfigOverrides flags) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot read " + file + ": " + e.getMessage(),
                    "check that the file is readable UTF-8", e);
        }
        return resolve(file, text, flags);
    }

    /** Resolves an already-read config text; {@code file} names it in errors and anchors relative paths. */
    public RetortConfig resolve(Path file, String givenText, ConfigOverrides flags) {
        String text = withoutBom(givenText);
        TomlLines lines = new TomlLines(text);
        UnmodifiableConfig toml = parse(file, text);
        Map<String, Object> retort = section(file, lines, toml, "retort");
        Map<String, Map<String, Object>> environments = environments(file, lines, toml);
        checkTopLevel(file, lines, toml);

        String envName = flags.environment() != null ? flags.environment() : variable("RETORT_ENV");
        Map<String, Object> chosen = Map.of();
        String chosenPath = "";
        if (envName != null && !envName.isEmpty()) {
            chosen = environments.get(envName);
            chosenPath = "environments." + envName;
            if (chosen == null) {
                String known = environments.isEmpty() ? "none are defined" : "defined: " + String.join(", ", new TreeSet<>(environments.keySet()));
                throw RetortException.usage("environment '" + envName + "' is not defined in " + file,
                        "add an [environments." + envName + "] section, or pick one that exists (" + known + ")");
            }
        }
        Values values = new Values(file, lines, retort, chosen, chosenPath);
        String scriptLocation = values.get("script_location", RetortConfig.DEFAULT_SCRIPT_LOCATION);
        String transactionText = values.get("transaction", "per-revision");
        RetortConfig.Transaction transaction = RetortConfig.Transaction.ofText(transactionText);
        if (transaction == null) {
            throw RetortException.usage(values.where("transaction") + ": transaction must be \"per-revision\" or \"all\", not \""
                    + transactionText + "\"", "per-revision commits each revision on its own; all runs the whole upgrade in one transaction");
        }
        Path base = file.toAbsolutePath().getParent();
        ModelConfig model = model(file, lines, toml);
        List<String> dialects = ProjectDialects.read(file, lines, toml, environments, environment);
        return new RetortConfig(
                file,
                base.resolve(scriptLocation).normalize(),
                url(flags, values, base),
                values.pick(flags.user(), "RETORT_USER", "user"),
                values.pick(flags.password(), "RETORT_PASSWORD", "password"),
                values.get("version_table", RetortConfig.DEFAULT_VERSION_TABLE),
                values.get("schema", ""),
                transaction,
                envName,
                model,
                verifyUrl(file, lines, toml),
                null,
                dialects);
    }

    /** [verify] url: a server meant for scratch work (anchored like any url; SQLite and H2 scratch work is local anyway). */
    private String verifyUrl(Path file, TomlLines lines, UnmodifiableConfig toml) {
        Object value = entries(toml).get("verify");
        if (value == null) {
            return "";
        }
        if (!(value instanceof UnmodifiableConfig table)) {
            throw RetortException.usage(at(file, lines.line("verify")) + ": 'verify' must be a table", "write it as a section: [verify]");
        }
        for (Map.Entry<String, Object> e : entries(table).entrySet()) {
            if (!e.getKey().equals("url") || !(e.getValue() instanceof String)) {
                throw RetortException.usage(at(file, lines.line("verify." + e.getKey())) + ": [verify] holds one string, url",
                        "write url = \"jdbc:postgresql://scratch-host:5432/postgres\" (a server meant for scratch work)");
            }
        }
        Object url = entries(table).get("url");
        try {
            return url == null ? "" : Expander.expand((String) url, environment);
        } catch (Expander.Failure f) {
            throw RetortException.usage(at(file, lines.line("verify.url")) + ": url: " + f.getMessage(), f.hint);
        }
    }

    private ModelConfig model(Path file, TomlLines lines, UnmodifiableConfig toml) {
        Object value = entries(toml).get("model");
        if (value == null) {
            return ModelConfig.NONE;
        }
        if (!(value instanceof UnmodifiableConfig table)) {
            throw RetortException.usage(at(file, lines.line("model")) + ": 'model' must be a table",
                    "write it as a section: [model]");
        }
        Map<String, Object> values = entries(table);
        Object jpa = values.get("jpa");
        return ModelSection.read(file, lines, values, jpa instanceof UnmodifiableConfig j ? entries(j) : null, (key, raw) -> {
            try {
                return Expander.expand(raw, environment);
            } catch (Expander.Failure f) {
                throw RetortException.usage(at(file, lines.line(key)) + ": " + key + ": " + f.getMessage(), f.hint);
            }
        });
    }

    /**
     * The url by precedence, with a relative SQLite path anchored where it was written: the
     * config file's folder for the file's value, the working directory for a flag or RETORT_URL.
     */
    private String url(ConfigOverrides flags, Values values, Path base) {
        if (flags.url() != null) {
            return DatabaseUrls.anchored(flags.url(), cwd);
        }
        String fromVariable = variable("RETORT_URL");
        return fromVariable != null
                ? DatabaseUrls.anchored(fromVariable, cwd)
                : DatabaseUrls.anchored(values.get("url", ""), base);
    }

    static UnmodifiableConfig parse(Path file, String text) {
        PositionReader reader = new PositionReader(withoutBom(text));
        try {
            return new TomlParser().parse(reader);
        } catch (ParsingException e) {
            throw new RetortException(RetortException.Kind.USAGE, file + ":" + reader.line() + ":" + reader.column()
                    + ": not valid TOML: " + e.getMessage(),
                    "fix the syntax; see https://toml.io for the format", e);
        } catch (StackOverflowError e) {
            // the parser recurses once per nesting level: [[[[... thousands deep is no configuration
            throw RetortException.usage(file + ": not valid TOML: arrays or tables nested too deeply",
                    "retort.toml needs no nesting deeper than a table of arrays; remove the nested brackets");
        }
    }

    /** Editors on Windows may start a UTF-8 file with a byte order mark; TOML parsers choke on it. */
    static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void checkTopLevel(Path file, TomlLines lines, UnmodifiableConfig toml) {
        for (String key : entries(toml).keySet()) {
            if (!key.equals("retort") && !key.equals("environments") && !key.equals("model") && !key.equals("verify")
                    && !key.equals(DoctorSection.NAME)) {
                throw RetortException.usage(at(file, lines.line(key)) + ": unknown key '" + key + "'",
                        "retort.toml holds a [retort] section, [environments.NAME] sections, and [model], [verify] and [doctor] sections only");
            }
        }
    }

    private static Map<String, Object> section(Path file, TomlLines lines, UnmodifiableConfig toml, String path) {
        Object value = entries(toml).get(path);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof UnmodifiableConfig table)) {
            throw RetortException.usage(at(file, lines.line(path)) + ": '" + path + "' must be a table",
                    "write it as a section: [" + path + "]");
        }
        return checkedKeys(file, lines, table, path);
    }

    private static Map<String, Map<String, Object>> environments(Path file, TomlLines lines, UnmodifiableConfig toml) {
        Object value = entries(toml).get("environments");
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof UnmodifiableConfig table)) {
            throw RetortException.usage(at(file, lines.line("environments")) + ": 'environments' must be a table",
                    "write one section per environment: [environments.NAME]");
        }
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entries(table).entrySet()) {
            String path = "environments." + e.getKey();
            if (!(e.getValue() instanceof UnmodifiableConfig env)) {
                throw RetortException.usage(at(file, lines.line(path)) + ": '" + path + "' must be a table",
                        "write it as a section: [" + path + "]");
            }
            result.put(e.getKey(), checkedKeys(file, lines, env, path));
        }
        return result;
    }

    private static Map<String, Object> checkedKeys(Path file, TomlLines lines, UnmodifiableConfig table, String path) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entries(table).entrySet()) {
            String key = e.getKey();
            String keyPath = path + "." + key;
            if (path.equals("retort") && key.equals(ProjectDialects.KEY)) {
                continue; // a list, read by ProjectDialects
            }
            if (!KEYS.contains(key)) {
                throw RetortException.usage(at(file, lines.line(keyPath)) + ": unknown key '" + key + "' in [" + path + "]",
                        "known keys: " + String.join(", ", KEYS));
            }
            if (!(e.getValue() instanceof String)) {
                throw RetortException.usage(at(file, lines.line(keyPath)) + ": '" + key + "' in [" + path + "] must be a string",
                        "quote the value: " + key + " = \"...\"");
            }
            values.put(key, e.getValue());
        }
        return values;
    }

    /** The table's own entries, in file order (night-config's map view is deprecated). */
    static Map<String, Object> entries(UnmodifiableConfig table) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (UnmodifiableConfig.Entry e : table.entrySet()) {
            out.put(e.getKey(), e.getRawValue());
        }
        return out;
    }

    static String at(Path file, int line) {
        return line > 0 ? file + ":" + line : file.toString();
    }

    /** An environment variable, with set-but-empty counting as unset. */
    private String variable(String name) {
        String value = environment.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The chosen environment's values over [retort]'s, expanded on use so unused ${VAR}s need not be set. */
    private final class Values {
        private final Path file;
        private final TomlLines lines;
        private final Map<String, Object> retort;
        private final Map<String, Object> chosen;
        private final String chosenPath;

        Values(Path file, TomlLines lines, Map<String, Object> retort, Map<String, Object> chosen, String chosenPath) {
            this.file = file;
            this.lines = lines;
            this.retort = retort;
            this.chosen = chosen;
            this.chosenPath = chosenPath;
        }

        String where(String key) {
            String path = chosen.containsKey(key) ? chosenPath + "." + key : "retort." + key;
            return at(file, lines.line(path));
        }

        /** The flag, else the variable, else the file's value (only then expanded). */
        String pick(String flag, String variableName, String key) {
            if (flag != null) {
                return flag;
            }
            String fromVariable = variable(variableName);
            return fromVariable != null ? fromVariable : get(key, "");
        }

        String get(String key, String fallback) {
            Object raw = chosen.containsKey(key) ? chosen.get(key) : retort.get(key);
            if (raw == null) {
                return fallback;
            }
            try {
                return Expander.expand(Objects.toString(raw), environment);
            } catch (Expander.Failure f) {
                throw RetortException.usage(where(key) + ": " + key + ": " + f.getMessage(), f.hint);
            }
        }
    }
}
