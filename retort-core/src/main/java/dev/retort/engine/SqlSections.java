package dev.retort.engine;

import dev.retort.dialect.registry.Dialects;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.script.SqlScript;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Picks the sections of a SQL revision for the database being run: a section marked for that
 * database ({@code -- +upgrade postgresql}; the names {@code --dialect} takes, so "mariadb" is
 * mysql) wins over the generic one, direction by direction. A section naming no known database
 * is a usage error at its marker line, whichever database runs, so a typo never silently falls
 * back to the generic SQL.
 */
public final class SqlSections {
    private SqlSections() {}

    /** {@code script} as run on {@code dialect}; a usage error when it has no upgrade for it. */
    public static SqlScript select(SqlScript script, Dialect dialect) {
        if (!script.hasDatabaseSections()) {
            return script;
        }
        Map<String, Dialect> named = databases(script);
        SqlScript chosen = script.forDatabase(name -> named.get(name).equals(dialect));
        // A blank generic section beside per-database ones (as autogenerate writes) is no default.
        if (chosen.downgrade().equals(script.downgrade()) && script.downgrade().isBlank() && !script.downgrades().isEmpty()) {
            chosen = new SqlScript(chosen.revision(), chosen.transaction(), chosen.upgrade(), SqlScript.Section.ABSENT);
        }
        boolean noDefault = chosen.upgrade().equals(script.upgrade()) && script.upgrade().isBlank() && !script.upgrades().isEmpty();
        if (!chosen.upgrade().isPresent() || noDefault) {
            throw RetortException.usage(script.revision().where("upgrade") + ": no '-- +upgrade' section for " + dialect.name()
                    + " (the file has sections for " + String.join(", ", script.upgrades().keySet()) + " only)",
                    "add a section '-- +upgrade " + dialect.name() + "' or a generic '-- +upgrade' section");
        }
        return chosen;
    }

    /** The database each per-database section names, checked: a usage error at the first unknown name. */
    public static Map<String, Dialect> databases(SqlScript script) {
        Map<String, Dialect> out = new LinkedHashMap<>();
        check(script, script.upgrades(), "upgrade", out);
        check(script, script.downgrades(), "downgrade", out);
        return out;
    }

    private static void check(SqlScript script, Map<String, SqlScript.Section> sections, String direction, Map<String, Dialect> out) {
        for (Map.Entry<String, SqlScript.Section> e : sections.entrySet()) {
            try {
                out.put(e.getKey(), Dialects.named(e.getKey()));
            } catch (RetortException unknown) {
                Path path = script.revision().source().path();
                throw RetortException.usage(path + ":" + e.getValue().markerLine() + ": '-- +" + direction + " " + e.getKey()
                        + "' names no database Retort knows", unknown.hint() + " after '-- +" + direction + "'");
            }
        }
    }
}
