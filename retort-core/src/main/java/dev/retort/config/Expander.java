package dev.retort.config;

import java.util.Map;

/**
 * Expands {@code ${VAR}} and {@code ${VAR:-default}} from an environment map that the caller
 * passes in (so tests control it). {@code $$} is a literal dollar. As in the shell, {@code :-}
 * uses the default when the variable is unset or empty.
 */
final class Expander {
    /** Thrown with the reason; the loader adds the file and line. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final String hint;

        Failure(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }
    }

    private Expander() {}

    static String expand(String text, Map<String, String> environment) throws Failure {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
            } else if (text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (text.charAt(i + 1) == '{') {
                int end = closingBrace(text, i + 2);
                if (end < 0) {
                    throw new Failure("unclosed '${' in \"" + text + "\"", "write ${NAME} or ${NAME:-default}, or $$ for a literal dollar");
                }
                out.append(substitute(text.substring(i + 2, end), environment));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    // Defaults may themselves contain ${...}, so braces nest.
    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String substitute(String inner, Map<String, String> environment) throws Failure {
        int sep = inner.indexOf(":-");
        String name = sep < 0 ? inner : inner.substring(0, sep);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new Failure("'${" + inner + "}' is not a valid variable reference",
                    "write ${NAME} or ${NAME:-default} with NAME of letters, digits and '_'");
        }
        String value = environment.get(name);
        if (sep >= 0) {
            return value == null || value.isEmpty() ? expand(inner.substring(sep + 2), environment) : value;
        }
        if (value == null) {
            throw new Failure("environment variable " + name + " is not set",
                    "set " + name + ", or give a default: ${" + name + ":-value}");
        }
        return value;
    }
}
