package dev.retort.config;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The part of Python's {@code configparser} that alembic.ini uses: {@code [section]}s,
 * {@code key = value} (or {@code key: value}) with keys folded to lower case, whole-line
 * {@code #}/{@code ;} comments, indented continuation lines, and basic interpolation
 * ({@code %(name)s} from the section or the defaults, {@code %%} for a percent sign).
 */
final class IniFile {
    private final Path file;
    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();

    private IniFile(Path file) {
        this.file = file;
    }

    static IniFile parse(Path file, String text) {
        IniFile ini = new IniFile(file);
        Map<String, String> current = null;
        String section = null;
        String key = null;
        int keyIndent = 0;
        String[] all = text.split("\r?\n", -1);
        for (int i = 0; i < all.length; i++) {
            String raw = all[i];
            String stripped = raw.strip();
            int indent = raw.length() - raw.stripLeading().length();
            if (key != null && !stripped.isEmpty() && indent > keyIndent && !isComment(stripped)) {
                current.put(key, current.get(key) + "\n" + stripped);
                continue;
            }
            if (stripped.isEmpty() || isComment(stripped)) {
                continue;
            }
            key = null;
            if (stripped.startsWith("[") && stripped.endsWith("]")) {
                section = stripped.substring(1, stripped.length() - 1);
                current = ini.sections.computeIfAbsent(section, s -> new LinkedHashMap<>());
                continue;
            }
            int eq = separator(stripped);
            if (current == null || eq <= 0) {
                throw RetortException.usage(file + ":" + (i + 1) + ": not a 'key = value' line inside a [section]",
                        "alembic.ini is read as Python's configparser reads it; fix the line or the section header above it");
            }
            key = stripped.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            keyIndent = indent;
            current.put(key, stripped.substring(eq + 1).strip());
            ini.lines.put(section + "." + key, i + 1);
        }
        return ini;
    }

    private static boolean isComment(String stripped) {
        return stripped.startsWith("#") || stripped.startsWith(";");
    }

    private static int separator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    boolean hasSection(String section) {
        return sections.containsKey(section);
    }

    /** "FILE:LINE" of a key, or the file alone. */
    String where(String section, String key) {
        Integer line = lines.get(section + "." + key);
        return line == null ? file.toString() : file + ":" + line;
    }

    /** The interpolated value, or null when the key is absent. */
    String get(String section, String key, Map<String, String> defaults) {
        Map<String, String> values = sections.getOrDefault(section, Map.of());
        String raw = values.get(key);
        return raw == null ? null : interpolate(section, key, raw, values, defaults, 0);
    }

    private String interpolate(String section, String key, String raw, Map<String, String> values,
            Map<String, String> defaults, int depth) {
        if (depth > 10) {
            throw RetortException.usage(where(section, key) + ": " + key + ": %(...)s references nest too deep (a loop?)",
                    "make the values refer to each other without a cycle");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
            } else if (raw.startsWith("%%", i)) {
                out.append('%');
                i += 2;
            } else if (raw.startsWith("%(", i) && raw.indexOf(")s", i) > 0) {
                int end = raw.indexOf(")s", i);
                String name = raw.substring(i + 2, end).toLowerCase(Locale.ROOT);
                String value = values.containsKey(name) ? values.get(name) : defaults.get(name);
                if (value == null) {
                    throw RetortException.usage(where(section, key) + ": " + key + ": %(" + name + ")s names no key of [" + section + "]",
                            "Alembic fails on this too; define " + name + ", or write %% for a literal percent sign");
                }
                out.append(values.containsKey(name) ? interpolate(section, name, value, values, defaults, depth + 1) : value);
                i = end + 2;
            } else {
                throw RetortException.usage(where(section, key) + ": " + key + ": a lone '%' (Python's configparser refuses it)",
                        "write %% for a literal percent sign");
            }
        }
        return out.toString();
    }
}
