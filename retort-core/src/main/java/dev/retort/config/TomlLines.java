package dev.retort.config;

import java.util.HashMap;
import java.util.Map;

/**
 * The 1-based line of each key and table header in a TOML text, so that errors can point at
 * them; the parser we use keeps no positions. Good enough for the flat files retort.toml has.
 */
final class TomlLines {
    private final Map<String, Integer> lines = new HashMap<>();

    TomlLines(String text) {
        String table = "";
        String[] all = text.split("\r?\n", -1);
        for (int n = 0; n < all.length; n++) {
            String line = all[n].strip();
            if (line.startsWith("[")) {
                int end = line.indexOf(']');
                table = unquote(line.substring(line.startsWith("[[") ? 2 : 1, end < 0 ? line.length() : end));
                lines.putIfAbsent(table, n + 1);
            } else {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    String key = unquote(line.substring(0, eq));
                    lines.putIfAbsent(table.isEmpty() ? key : table + "." + key, n + 1);
                }
            }
        }
    }

    /** The line of the dotted path (e.g. "retort.url", "environments.prod"), or 0 when unknown. */
    int line(String path) {
        return lines.getOrDefault(path, 0);
    }

    private static String unquote(String dotted) {
        StringBuilder out = new StringBuilder();
        for (String part : dotted.split("\\.")) {
            String p = part.strip();
            if (p.length() >= 2 && (p.startsWith("\"") || p.startsWith("'"))) {
                p = p.substring(1, p.length() - 1);
            }
            out.append(out.length() == 0 ? "" : ".").append(p);
        }
        return out.toString();
    }
}
