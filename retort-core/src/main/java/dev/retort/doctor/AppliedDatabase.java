package dev.retort.doctor;

import dev.retort.dialect.registry.Dialects;
import dev.retort.RetortException;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.Dialect;
import dev.retort.engine.AppliedRevision;
import dev.retort.engine.EngineSettings;
import dev.retort.engine.JdbcConnector;
import dev.retort.engine.Migrator;
import dev.retort.config.RetortConfig;
import dev.retort.engine.VersionTableNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Connects to the database doctor was pointed at and adds what it has applied to the request,
 * from the first version table of {@code candidates} that exists: Alembic's (its heads and all
 * they build on) or Retort's (read by the engine, with checksums). A database with none of them
 * has applied nothing, unless the table was named explicitly ({@code exact}): then its absence
 * is a usage error, most likely a typo. Only reads; never creates a table or a SQLite file.
 */
public final class AppliedDatabase {
    private AppliedDatabase() {}

    /**
     * @param base       the working directory, for a relative SQLite file
     * @param candidates version tables, "name" or "schema.name", in order of preference
     */
    public static DoctorRequest attach(DoctorRequest request, Path base, String url, String user, String password,
                                       List<String> candidates, boolean exact) {
        Dialect dialect = Dialects.ofUrl(url).orElse(null);
        if (dialect != null) {
            Dialect.ReadOnlyUrl readOnly = dialect.readOnly(url, base);
            if (readOnly.file() != null && !Files.exists(readOnly.file())) {
                return request.withApplied(Map.of(), candidates.get(0)); // a database not yet created
            }
            url = readOnly.url();
        }
        ConnectionOpener opener = JdbcConnector.opener(url, user, password);
        try (Connection c = opener.open()) {
            for (String table : exact ? candidates.subList(0, 1) : candidates) {
                if (!AlembicVersionTable.exists(c, table)) {
                    if (exact) {
                        throw RetortException.usage("cannot read the version table " + table + ": the database has no such table",
                                "name the table with --version-table (Alembic's is alembic_version, Retort's retort_version)");
                    }
                    continue;
                }
                if (AlembicVersionTable.isAlembic(c, table)) {
                    return request.withAppliedHeads(AlembicVersionTable.heads(c, table), table);
                }
                List<AppliedRevision> rows = retortRows(url, opener, table);
                Map<String, String> applied = new LinkedHashMap<>();
                rows.stream().filter(AppliedRevision::counts).forEach(row -> applied.put(row.id(), row.checksum()));
                return request.withApplied(applied, table).withFailed(rows.stream().filter(AppliedRevision::isFailed).toList());
            }
            return request.withApplied(Map.of(), candidates.get(0));
        } catch (SQLException e) {
            throw RetortException.usage(e.getMessage(), "check the url, user and password (--url, RETORT_URL, or url in retort.toml)");
        }
    }

    /** Retort's version table as the engine reads it; rows of failed upgrades do not count as applied. */
    private static List<AppliedRevision> retortRows(String url, ConnectionOpener opener, String table) {
        int dot = table.lastIndexOf('.');
        VersionTableNames names = new VersionTableNames(dot < 0 ? null : table.substring(0, dot), table.substring(dot + 1));
        EngineSettings settings = new EngineSettings(EngineSettings.DEFAULT_LOCK_TIMEOUT, RetortConfig.Transaction.PER_REVISION, "retort doctor");
        return new Migrator(Dialects.fromUrl(url), opener, names, settings, null).applied();
    }
}
