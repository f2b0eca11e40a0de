package dev.retort.lint;

import dev.retort.dialect.registry.Dialects;
import dev.retort.config.Secrets;
import dev.retort.dialect.Dialect;
import dev.retort.engine.AppliedRevision;
import dev.retort.engine.EngineSettings;
import dev.retort.engine.JdbcConnector;
import dev.retort.engine.Migrator;
import dev.retort.engine.VersionTableNames;
import dev.retort.graph.RevisionMap;
import dev.retort.script.RevisionHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which revisions lint reports on: a range ({@code base:head}, {@code ae10:}) or an identifier
 * ({@code head}, an id) when given; otherwise the revisions the configured database has not
 * applied, so that CI lints only what is new; all of them when there is no database to ask.
 */
public final class LintScope {
    /** The chosen ids and how they were chosen, for the summary. */
    public record Selection(Set<String> ids, String scope) {
        public Selection {
            ids = Set.copyOf(ids);
        }
    }

    /** Where the version table is, to read what a database has applied. */
    public record Database(String url, String user, String password, VersionTableNames names) {}

    private LintScope() {}

    public static Selection select(RevisionMap map, String range, Database database, Path base) {
        if (range != null && !range.isBlank()) {
            List<RevisionHeader> chosen = range.contains(":") ? map.history(range) : map.resolve(range);
            return new Selection(ids(chosen), (range.contains(":") ? "range " : "") + range.strip());
        }
        Set<String> all = ids(map.revisions());
        if (database == null || database.url() == null || database.url().isBlank()) {
            return new Selection(all, "all revisions");
        }
        String where = Secrets.maskUrl(database.url());
        Optional<Set<String>> applied = applied(database, base);
        if (applied.isEmpty()) {
            return new Selection(all, "all revisions: " + where + " did not answer");
        }
        Set<String> pending = new LinkedHashSet<>(all);
        pending.removeAll(applied.get());
        return new Selection(pending, "not yet applied to " + where);
    }

    /**
     * The ids the database has applied (rows of failed upgrades do not count), or empty when it
     * cannot be read. A SQLite file that does not exist has applied nothing, and is not created.
     */
    static Optional<Set<String>> applied(Database db, Path base) {
        String url = db.url();
        Dialect dialect = Dialects.ofUrl(url).orElse(null);
        if (dialect != null) {
            Dialect.ReadOnlyUrl readOnly = dialect.readOnly(url, base);
            if (readOnly.file() != null && !Files.exists(readOnly.file())) {
                return Optional.of(Set.of()); // a database not yet created
            }
            url = readOnly.url();
        }
        try {
            EngineSettings settings = EngineSettings.defaults().withAppliedBy("retort lint");
            Migrator m = new Migrator(Dialects.fromUrl(url), JdbcConnector.opener(url, db.user(), db.password()), db.names(),
                    settings, null);
            Set<String> ids = new LinkedHashSet<>();
            for (AppliedRevision row : m.applied()) {
                if (row.counts()) {
                    ids.add(row.id());
                }
            }
            return Optional.of(ids);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Set<String> ids(List<RevisionHeader> revisions) {
        Set<String> out = new LinkedHashSet<>();
        revisions.forEach(r -> out.add(r.id()));
        return out;
    }
}
