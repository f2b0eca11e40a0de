package dev.retort.config;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads and checks the {@code [model]} section of retort.toml. */
final class ModelSection {
    static final List<String> KEYS = List.of("schema", "url", "user", "password", "include", "exclude", "jpa",
            "scratch_url");

    private ModelSection() {}

    /**
     * @param entries the section's raw values; strings are expanded by {@code expand}
     */
    static ModelConfig read(Path file, TomlLines lines, Map<String, Object> entries, Map<String, Object> jpa,
            java.util.function.BiFunction<String, String, String> expand) {
        if (entries == null) {
            return ModelConfig.NONE;
        }
        for (String key : entries.keySet()) {
            if (!KEYS.contains(key)) {
                throw RetortException.usage(ConfigLoader.at(file, lines.line("model." + key)) + ": unknown key '" + key
                        + "' in [model]", "known keys: " + String.join(", ", KEYS));
            }
        }
        Path base = file.toAbsolutePath().getParent();
        String schema = string(file, lines, entries, "schema", expand);
        String url = string(file, lines, entries, "url", expand);
        ModelConfig.Jpa jpaConfig = null;
        if (entries.containsKey("jpa")) {
            if (jpa == null) {
                throw RetortException.usage(ConfigLoader.at(file, lines.line("model.jpa")) + ": 'jpa' in [model] must be a table",
                        "write jpa = { classpath = [\"target/classes\"], packages = [\"com.example.model\"] }");
            }
            for (String key : jpa.keySet()) {
                if (!key.equals("classpath") && !key.equals("packages")) {
                    throw RetortException.usage(ConfigLoader.at(file, lines.line("model.jpa")) + ": unknown key '" + key
                            + "' in [model] jpa", "known keys: classpath, packages");
                }
            }
            List<Path> classpath = new ArrayList<>();
            for (String entry : strings(file, lines, jpa, "classpath", "model.jpa", expand)) {
                classpath.add(base.resolve(entry).normalize());
            }
            jpaConfig = new ModelConfig.Jpa(classpath, strings(file, lines, jpa, "packages", "model.jpa", expand));
        }
        int sources = (schema.isEmpty() ? 0 : 1) + (url.isEmpty() ? 0 : 1) + (jpaConfig == null ? 0 : 1);
        if (sources > 1) {
            throw RetortException.usage(ConfigLoader.at(file, lines.line("model")) + ": [model] names more than one model"
                    + " (schema, url, jpa)", "keep exactly one of them");
        }
        return new ModelConfig(ConfigLoader.at(file, lines.line("model")),
                schema.isEmpty() ? null : base.resolve(schema).normalize(), url,
                string(file, lines, entries, "user", expand), string(file, lines, entries, "password", expand),
                strings(file, lines, entries, "include", "model", expand),
                strings(file, lines, entries, "exclude", "model", expand), jpaConfig,
                string(file, lines, entries, "scratch_url", expand));
    }

    private static String string(Path file, TomlLines lines, Map<String, Object> entries, String key,
            java.util.function.BiFunction<String, String, String> expand) {
        Object v = entries.get(key);
        if (v == null) {
            return "";
        }
        if (!(v instanceof String s)) {
            throw RetortException.usage(ConfigLoader.at(file, lines.line("model." + key)) + ": '" + key
                    + "' in [model] must be a string", "quote the value: " + key + " = \"...\"");
        }
        return expand.apply("model." + key, s);
    }

    private static List<String> strings(Path file, TomlLines lines, Map<String, Object> entries, String key, String section,
            java.util.function.BiFunction<String, String, String> expand) {
        Object v = entries.get(key);
        if (v == null) {
            return List.of();
        }
        String where = ConfigLoader.at(file, lines.line(section + "." + key) > 0 ? lines.line(section + "." + key)
                : lines.line(section));
        if (!(v instanceof List<?> list) || list.stream().anyMatch(x -> !(x instanceof String))) {
            String label = section.equals("model") ? "[model]" : "[model] jpa";
            throw RetortException.usage(where + ": '" + key + "' in " + label + " must be a list of strings",
                    "write " + key + " = [\"...\", \"...\"]");
        }
        List<String> out = new ArrayList<>();
        for (Object x : list) {
            out.add(expand.apply(section + "." + key, (String) x));
        }
        return out;
    }
}
