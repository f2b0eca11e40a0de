package dev.retort.dialect.registry;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ScratchSpace;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one list of databases and the lookups over it: by JDBC url, by {@code --dialect} name, by
 * SQLAlchemy backend. The only class that names the database folders; it sits above them because
 * they extend {@link Dialect}, so the shared part of {@code dialect/} never depends on a folder.
 */
public final class Dialects {
    private Dialects() {}

    /** Every dialect, in the order {@code --dialect} lists them. */
    public static final List<Dialect> ALL =
            List.of(new PostgresDialect(), new MysqlDialect(), new SqliteDialect(), new H2Dialect());

    /** The database of scratch work that names no url: a temporary file. */
    private static final Dialect SCRATCH_WITHOUT_URL = ALL.stream().filter(SqliteDialect.class::isInstance).findFirst().orElseThrow();

    /** The dialect of a JDBC url; a usage error naming the supported prefixes otherwise. */
    public static Dialect fromUrl(String url) {
        Optional<Dialect> d = ofUrl(url);
        if (d.isPresent()) {
            return d.get();
        }
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        String scheme = lower.startsWith("jdbc:") ? lower.split(":", 3)[1] : lower.split(":", 2)[0];
        throw RetortException.usage("unsupported database url (scheme '" + scheme + "')",
                "use a url starting with jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:, jdbc:sqlite: or jdbc:h2:");
    }

    /** The dialect of a JDBC url, or empty when no dialect answers to it. */
    public static Optional<Dialect> ofUrl(String url) {
        return ALL.stream().filter(d -> d.answersTo(url)).findFirst();
    }

    /** The dialect called {@code name} (as {@code --dialect} takes it, or one of its aliases). */
    public static Dialect named(String name) {
        return ALL.stream().filter(d -> d.isCalled(name)).findFirst().orElseThrow(() ->
                RetortException.usage("unknown dialect '" + name + "'", "use one of: postgresql, mysql, sqlite, h2"));
    }

    /** The dialect a SQLAlchemy backend name ({@code postgres}, {@code mariadb}, ...) means, or empty. */
    public static Optional<Dialect> ofSqlAlchemy(String backend) {
        return ALL.stream().filter(d -> d.sqlAlchemyBackends().contains(backend)).findFirst();
    }

    /** A fresh scratch space beside the database of {@code url}; {@code url} empty: a temporary SQLite database. */
    public static ScratchSpace scratchBeside(String url, ScratchSpace.Connector connector) {
        boolean none = url == null || url.isBlank();
        return ScratchSpace.create(none ? SCRATCH_WITHOUT_URL : fromUrl(url), none ? "" : url, connector);
    }

    /**
     * The database {@code --dialect NAME} names, for reports: another database the dialect serves
     * stays as given (mariadb), a mere spelling becomes {@link Dialect#name()} (postgres: postgresql).
     */
    public static String spelling(String given) {
        Dialect d = named(given);
        String n = given.toLowerCase(Locale.ROOT);
        return d.databases().contains(n) ? n : d.name();
    }
}
