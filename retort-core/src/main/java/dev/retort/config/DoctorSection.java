package dev.retort.config;

import com.electronwill.nightconfig.core.UnmodifiableConfig;
import dev.retort.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code [doctor]} section of retort.toml: codes silenced everywhere, and codes silenced
 * for some files only.
 * <pre>
 * [doctor]
 * allow = ["empty-downgrade"]
 *
 * [[doctor.allow-paths]]
 * paths = ["migrations/versions/legacy/*"]
 * codes = ["header-drift", "id-not-in-filename"]
 * reason = "written by Alembic 0.6, never edited"
 * </pre>
 * Paths are globs relative to the folder of retort.toml. Kept apart from {@link RetortConfig},
 * which only the commands that run doctor need.
 */
public final class DoctorSection {
    static final String NAME = "doctor";
    private static final List<String> KEYS = List.of("allow", "allow-paths");
    private static final List<String> PATH_KEYS = List.of("paths", "codes", "reason");

    /** One silencing rule; empty {@code paths} means everywhere. {@code where} is "FILE:LINE". */
    public record Allowed(List<String> codes, List<String> paths, String reason, String where) {
        public Allowed {
            codes = List.copyOf(codes);
            paths = List.copyOf(paths);
        }
    }

    private DoctorSection() {}

    /** The rules of {@code file}'s [doctor] section; empty when it has none. */
    public static List<Allowed> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw RetortException.usage("cannot read " + file + ": " + e.getMessage(), "check that the file is readable UTF-8");
        }
        TomlLines lines = new TomlLines(text);
        Object section = ConfigLoader.entries(ConfigLoader.parse(file, text)).get(NAME);
        if (section == null) {
            return List.of();
        }
        if (!(section instanceof UnmodifiableConfig table)) {
            throw RetortException.usage(ConfigLoader.at(file, lines.line(NAME)) + ": 'doctor' must be a table",
                    "write it as a section: [doctor]");
        }
        Map<String, Object> entries = ConfigLoader.entries(table);
        for (String key : entries.keySet()) {
            if (!KEYS.contains(key)) {
                throw RetortException.usage(ConfigLoader.at(file, lines.line(NAME + "." + key)) + ": unknown key '" + key
                        + "' in [doctor]", "known keys: " + String.join(", ", KEYS));
            }
        }
        List<Allowed> out = new ArrayList<>();
        String where = ConfigLoader.at(file, lines.line(NAME + ".allow"));
        if (entries.containsKey("allow")) {
            out.add(new Allowed(strings(entries.get("allow"), where, "allow", "allow = [\"empty-downgrade\"]"),
                    List.of(), "", where));
        }
        Object paths = entries.get("allow-paths");
        if (paths != null) {
            String at = ConfigLoader.at(file, lines.line(NAME + ".allow-paths"));
            if (!(paths instanceof List<?> list) || list.stream().anyMatch(x -> !(x instanceof UnmodifiableConfig))) {
                throw RetortException.usage(at + ": 'allow-paths' in [doctor] must be a list of tables",
                        "write one [[doctor.allow-paths]] section per rule, with paths, codes and reason");
            }
            for (Object o : list) {
                Map<String, Object> rule = ConfigLoader.entries((UnmodifiableConfig) o);
                for (String key : rule.keySet()) {
                    if (!PATH_KEYS.contains(key)) {
                        throw RetortException.usage(at + ": unknown key '" + key + "' in [[doctor.allow-paths]]",
                                "known keys: " + String.join(", ", PATH_KEYS));
                    }
                }
                String example = "paths = [\"versions/legacy/*\"]";
                List<String> globs = strings(rule.get("paths"), at, "paths", example);
                List<String> codes = strings(rule.get("codes"), at, "codes", "codes = [\"header-drift\"]");
                if (globs.isEmpty() || codes.isEmpty()) {
                    throw RetortException.usage(at + ": [[doctor.allow-paths]] needs paths and codes",
                            "e.g. " + example + " and codes = [\"header-drift\"]; use [doctor] allow for everywhere");
                }
                Object reason = rule.get("reason");
                if (reason != null && !(reason instanceof String)) {
                    throw RetortException.usage(at + ": 'reason' in [[doctor.allow-paths]] must be a string",
                            "quote the value: reason = \"...\"");
                }
                out.add(new Allowed(codes, globs, reason == null ? "" : (String) reason, at));
            }
        }
        return out;
    }

    private static List<String> strings(Object value, String at, String key, String example) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(x -> !(x instanceof String))) {
            throw RetortException.usage(at + ": '" + key + "' in [doctor] must be a list of strings", "e.g. " + example);
        }
        return list.stream().map(String.class::cast).toList();
    }
}
