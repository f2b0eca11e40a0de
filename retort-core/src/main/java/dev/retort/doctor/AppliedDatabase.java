package dev.retort.doctor;

import dev.retort.RetortException;
import dev.retort.config.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Connects to the database doctor was pointed at and adds what it has applied to the request,
 * reading the first version table of {@code candidates} that exists. A database with none of
 * them has applied nothing, unless the table was named explicitly ({@code exact}): then its
 * absence is a usage error, since it is most likely a typo. The password never reaches a message.
 */
public final class AppliedDatabase {
    private AppliedDatabase() {}

    /** As below, with a relative SQLite file resolved against {@code base} (the working directory). */
    public static DoctorRequest attach(DoctorRequest request, Path base, String url, String user, String password,
                                       List<String> candidates, boolean exact) {
        String prefix = "jdbc:sqlite:";
        if (url.startsWith(prefix) && !url.startsWith(prefix + ":") && !url.startsWith(prefix + "file:")) {
            String rest = url.substring(prefix.length());
            int query = rest.indexOf('?');
            String file = query < 0 ? rest : rest.substring(0, query);
            if (!file.isEmpty() && !Path.of(file).isAbsolute()) {
                url = prefix + base.resolve(file).normalize() + (query < 0 ? "" : rest.substring(query));
            }
        }
        return attach(request, url, user, password, candidates, exact);
    }

    public static DoctorRequest attach(DoctorRequest request, String url, String user, String password, List<String> candidates,
                                       boolean exact) {
        Properties props = new Properties();
        if (user != null && !user.isEmpty()) {
            props.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        if (url.startsWith("jdbc:sqlite:")) {
            // Doctor only looks: a missing SQLite file has applied nothing, and must not be created.
            String file = url.substring("jdbc:sqlite:".length()).replaceFirst("^file:", "").replaceFirst("\\?.*$", "");
            if (!file.isEmpty() && !file.equals(":memory:") && !Files.exists(Path.of(file))) {
                return request.withApplied(Map.of(), candidates.get(0));
            }
            props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        }
        try (Connection c = DriverManager.getConnection(url, props)) {
            if (exact) {
                return VersionTableReader.read(c, candidates.get(0)).applyTo(request, candidates.get(0));
            }
            for (String table : candidates) {
                if (VersionTableReader.exists(c, table)) {
                    return VersionTableReader.read(c, table).applyTo(request, table);
                }
            }
            return request.withApplied(Map.of(), candidates.get(0));
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (password != null && !password.isEmpty()) {
                message = message.replace(password, Secrets.MASK);
            }
            throw RetortException.usage("cannot connect to " + Secrets.maskUrl(url) + ": " + Secrets.maskUrl(message),
                    "check the url, user and password (--url, RETORT_URL, or url in retort.toml)");
        }
    }
}
