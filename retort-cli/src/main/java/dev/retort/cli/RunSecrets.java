package dev.retort.cli;

import dev.retort.SecretMask;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The secrets one command line can reach, collected before the command runs so that every byte it
 * writes can be masked: urls and {@code --password} values among the arguments, RETORT_PASSWORD
 * and other password variables and urls in the environment, values of {@code -x} keys naming a
 * password, secret, token or key, and the configuration's passwords
 * and urls (resolved, and as written in any section of the file).
 */
final class RunSecrets {
    private static final Pattern SECRET_VARIABLE = Pattern.compile("(?i).*(PASSWORD|PASSWD).*");
    /** -x keys whose values are masked wherever output goes (SQL with ${x.key} expanded, errors). */
    private static final Pattern SECRET_X_KEY = Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|PRIVATE|API_?KEY).*");

    private RunSecrets() {}

    static SecretMask of(String[] args, CliContext ctx) {
        SecretMask secrets = SecretMask.none();
        Path config = null;
        String env = null;
        String url = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String next = i + 1 < args.length ? args[i + 1] : null;
            secrets = secrets.withUrl(a);
            String x = a.equals("-x") ? next : a.startsWith("-x") ? a.substring(2) : null;
            if (x != null && x.indexOf('=') > 0 && SECRET_X_KEY.matcher(x.substring(0, x.indexOf('='))).matches()) {
                secrets = secrets.with(List.of(x.substring(x.indexOf('=') + 1)));
            }
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
        return secrets.with(SecretMask.ofConfig(ctx.cwd(), ctx.environment(), config, env, url));
    }
}
