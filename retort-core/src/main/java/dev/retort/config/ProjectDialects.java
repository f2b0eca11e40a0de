package dev.retort.config;

import dev.retort.dialect.registry.Dialects;
import com.electronwill.nightconfig.core.UnmodifiableConfig;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * [retort] dialects: the databases the project's revisions must run on (a team developing on one
 * database and deploying on another). Written as a list of names ({@code --dialect}'s names, so
 * "mariadb" is mysql); when absent, the databases of the urls the file names ([retort] and every
 * [environments.X]), so a project with a SQLite development environment and a PostgreSQL
 * production one is portable without saying so. A url that cannot be expanded here (an unset
 * ${VAR}) or names no known database contributes nothing.
 */
final class ProjectDialects {
    static final String KEY = "dialects";

    private ProjectDialects() {}

    static List<String> read(Path file, TomlLines lines, UnmodifiableConfig toml, Map<String, Map<String, Object>> environments,
            Map<String, String> variables) {
        Object retort = ConfigLoader.entries(toml).get("retort");
        Object value = retort instanceof UnmodifiableConfig table ? ConfigLoader.entries(table).get(KEY) : null;
        if (value != null) {
            return written(ConfigLoader.at(file, lines.line("retort." + KEY)), value);
        }
        Set<String> out = new LinkedHashSet<>();
        List<Object> urls = new ArrayList<>();
        if (retort instanceof UnmodifiableConfig table) {
            urls.add(ConfigLoader.entries(table).get("url"));
        }
        environments.values().forEach(env -> urls.add(env.get("url")));
        for (Object url : urls) {
            if (url instanceof String text) {
                try {
                    Dialects.ofUrl(Expander.expand(text, variables)).ifPresent(d -> out.add(d.name()));
                } catch (Expander.Failure unset) {
                    // an environment whose url needs variables not set here: its database is unknown
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> written(String where, Object value) {
        List<String> known = Dialects.ALL.stream().map(Dialect::name).toList();
        String hint = "write " + KEY + " = [\"" + known.get(0) + "\", ...] with names from: " + String.join(", ", known);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw RetortException.usage(where + ": " + KEY + " must be a non-empty list of database names", hint);
        }
        Set<String> out = new LinkedHashSet<>();
        for (Object item : list) {
            if (!(item instanceof String name)) {
                throw RetortException.usage(where + ": " + KEY + " must list names as strings, not " + item, hint);
            }
            try {
                out.add(Dialects.named(name).name());
            } catch (RetortException unknown) {
                throw RetortException.usage(where + ": " + KEY + ": unknown database '" + name + "'", unknown.hint());
            }
        }
        return List.copyOf(out);
    }
}
