package dev.retort.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The passwords and url secrets written in a config file, in every section, found before (and whether or not) it resolves. */
public final class WrittenSecrets {
    private static final Pattern TOML_PASSWORD = Pattern.compile("(?m)^\\s*password\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)')");
    private static final Pattern TOML_URL = Pattern.compile("(?m)^\\s*url\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)')");

    private WrittenSecrets() {}

    /** Passwords and url secrets as written in the file, in every section (not expanded). */
    public static List<String> written(String toml) {
        List<String> found = new ArrayList<>();
        Matcher p = TOML_PASSWORD.matcher(toml);
        while (p.find()) {
            found.addAll(literal(p.group(1) != null ? unescape(p.group(1)) : p.group(2)));
        }
        Matcher u = TOML_URL.matcher(toml);
        while (u.find()) {
            for (String value : literal(u.group(1) != null ? unescape(u.group(1)) : u.group(2))) {
                found.addAll(Secrets.inUrl(value));
            }
        }
        return found;
    }

    /** The value, and as the config's expansion reads it ($$ is a '$'), unless it names a variable. */
    private static List<String> literal(String value) {
        if (value.contains("${")) {
            return List.of();
        }
        return List.of(value, value.replace("$$", "$"));
    }

    /** A TOML basic string's escapes resolved, as far as they matter for finding the value. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u', 'U' -> {
                    int len = e == 'u' ? 4 : 8;
                    if (i + len < s.length() && s.substring(i + 1, i + 1 + len).matches("[0-9a-fA-F]+")) {
                        out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + len), 16));
                        i += len;
                    } else {
                        out.append(e);
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
