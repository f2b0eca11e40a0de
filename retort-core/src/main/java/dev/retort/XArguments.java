package dev.retort;

import dev.retort.script.ControlChars;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -x key=value} arguments of one run (Alembic's {@code -x}): read by Java revisions
 * through {@link Ops#x(String)}, and expanded where SQL revisions write {@code ${x.key}}. The
 * expansion is plain text substitution, as Alembic's is: values come from whoever runs the
 * command, so they are for trusted operators, never for end-user input. Checksums stay those of
 * the file as written, placeholders unexpanded, so changing a value never reads as a changed file.
 */
record XArguments(Map<String, String> values) {
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{x\\.([^}\\s]*)}");
    static final XArguments NONE = new XArguments(Map.of());

    XArguments {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Checks keys (names a placeholder can spell) and values (no control characters: they end up in SQL and on terminals). */
    static XArguments of(Map<String, String> given) {
        for (Map.Entry<String, String> e : given.entrySet()) {
            String key = e.getKey() == null ? "" : e.getKey();
            if (!KEY.matcher(key).matches()) {
                throw RetortException.usage("-x '" + ControlChars.escape(key) + "' is not a key a revision can read",
                        "write -x key=value, the key made of letters, digits, '_', '.' and '-', starting with a letter");
            }
            if (e.getValue() == null) {
                throw RetortException.usage("-x " + key + " has no value", "write -x " + key + "=value");
            }
            // Only the key is named: the value may be a secret.
            int at = ControlChars.find(e.getValue(), "");
            if (at >= 0) {
                throw RetortException.usage("the value of -x " + key + " holds a control character at position " + (at + 1),
                        "remove it: control characters would end a line of SQL or drive the terminal");
            }
        }
        return new XArguments(given);
    }

    /**
     * {@code sql} (a section of {@code file} starting at line {@code startLine}) with every
     * {@code ${x.key}} replaced by its value; a usage error naming the file, line and key for a
     * key no {@code -x} gave.
     */
    String expand(String sql, Path file, int startLine) {
        if (sql.indexOf("${x.") < 0) {
            return sql;
        }
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length() + 64);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                int line = startLine + (int) sql.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                throw RetortException.usage(file + ":" + line + ": placeholder ${x." + ControlChars.escape(m.group(1))
                        + "} names no -x argument", values.isEmpty()
                        ? "pass -x " + m.group(1) + "=VALUE"
                        : "pass -x " + m.group(1) + "=VALUE (given: " + String.join(", ", values.keySet()) + ")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
