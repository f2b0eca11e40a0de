package dev.retort.cli;

import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOverrides;
import dev.retort.config.Secrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets one command line can reach, collected before the command runs so that every byte it
 * writes can be masked: urls and {@code --password} values among the arguments, RETORT_PASSWORD
 * and other password variables and urls in the environment, and the configuration's passwords
 * and urls (resolved, and as written in any section of the file).
 */
final class RunSecrets {
    private static final Pattern SECRET_VARIABLE = Pattern.compile("(?i).*(PASSWORD|PASSWD).*");
    private static final Pattern TOML_PASSWORD = Pattern.compile("(?m)^\\s*password\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)')");
    private static final Pattern TOML_URL = Pattern.compile("(?m)^\\s*url\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)')");

    private RunSecrets() {}

    static Secrets of(String[] args, CliContext ctx) {
        Secrets secrets = Secrets.none();
        Path config = null;
        String env = null;
        String url = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String next = i + 1 < args.length ? args[i + 1] : null;
            secrets = secrets.withUrl(a);
            if (a.equals("--password") && next != null) {
                secrets = secrets.with(List.of(next));
            } else if (a.startsWith("--password=")) {
                secrets = secrets.with(List.of(a.substring("--password=".length())));
            } else if ((a.equals("-c") || a.equals("--config")) && next != null) {
                config = Path.of(next);
            } else if (a.startsWith("--config=")) {
                config = Path.of(a.substring("--config=".length()));
            } else if (a.startsWith("-c") && !a.startsWith("--") && a.length() > 2) {
                config = Path.of(a.substring(2));
            } else if (a.equals("--env") && next != null) {
                env = next;
            } else if (a.startsWith("--env=")) {
                env = a.substring("--env=".length());
            } else if (a.equals("--url") && next != null) {
                url = next;
            } else if (a.startsWith("--url=")) {
                url = a.substring("--url=".length());
            }
        }
        for (Map.Entry<String, String> v : ctx.environment().entrySet()) {
            if (SECRET_VARIABLE.matcher(v.getKey()).matches()) {
                secrets = secrets.with(List.of(v.getValue()));
            }
            secrets = secrets.withUrl(v.getValue());
        }
        try {
            ConfigLoader loader = new ConfigLoader(ctx.cwd(), ctx.environment());
            ConfigOverrides flags = new ConfigOverrides(config, env, url, null, null);
            Path file = loader.locate(flags);
            secrets = secrets.with(written(Files.readString(file, StandardCharsets.UTF_8)));
            secrets = secrets.with(loader.load(flags).secrets().values());
        } catch (IOException | RuntimeException e) {
            // no readable configuration: the command itself will say so; nothing more to learn here
        }
        return secrets;
    }

    /** Passwords and url secrets as written in the file, in every section (not expanded). */
    static List<String> written(String toml) {
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
