package dev.retort.doctor;

import dev.retort.engine.AppliedRevision;
import dev.retort.engine.PortableSql;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to examine and what to do about it.
 *
 * @param versions    the folder of revision files (searched recursively)
 * @param projectRoot where to look for stray versions folders; null skips that check
 * @param applied     revision id to checksum as a database recorded them (a null checksum
 *                    when the table keeps none, like Alembic's); null when no database was given
 * @param database    how to name that database in findings, e.g. "alembic_version"
 * @param headsOnly   true when {@code applied} lists only the heads a database is at (Alembic's
 *                    version table); doctor then counts everything they build on as applied
 * @param mode        report only, compute the repair, or compute and write it
 * @param clock       the create date of a merge revision that a repair writes
 * @param failed      version-table rows that carry a failed marker (a revision stopped half way)
 * @param allow       codes silenced by the configuration, everywhere or for some paths
 * @param portable    the databases the revisions must run on ([retort] dialects) and the one the
 *                    generic SQL is written for
 */
public record DoctorRequest(Path versions, Path projectRoot, Map<String, String> applied, String database,
                            boolean headsOnly, Mode mode, Clock clock, List<AppliedRevision> failed,
                            List<AllowRule> allow, PortableSql.Targets portable) {

    public enum Mode { REPORT, FIX, APPLY }

    public DoctorRequest {
        applied = applied == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(applied));
        database = database == null || database.isBlank() ? "the database" : database;
        mode = mode == null ? Mode.REPORT : mode;
        clock = clock == null ? Clock.systemUTC() : clock;
        failed = failed == null ? List.of() : List.copyOf(failed);
        allow = allow == null ? List.of() : List.copyOf(allow);
        portable = portable == null ? PortableSql.Targets.NONE : portable;
    }

    public static DoctorRequest of(Path versions) {
        return new DoctorRequest(versions, null, null, null, false, Mode.REPORT, null, null, null, null);
    }

    public DoctorRequest withProjectRoot(Path root) {
        return new DoctorRequest(versions, root, applied, database, headsOnly, mode, clock, failed, allow, portable);
    }

    /** Every applied revision with its recorded checksum (null when none was recorded). */
    public DoctorRequest withApplied(Map<String, String> appliedChecksums, String databaseName) {
        return new DoctorRequest(versions, projectRoot, appliedChecksums, databaseName, false, mode, clock, failed, allow, portable);
    }

    /** Only the heads a database is at, as Alembic's version table keeps them. */
    public DoctorRequest withAppliedHeads(java.util.Collection<String> heads, String databaseName) {
        Map<String, String> m = new LinkedHashMap<>();
        heads.forEach(h -> m.put(h, null));
        return new DoctorRequest(versions, projectRoot, m, databaseName, true, mode, clock, failed, allow, portable);
    }

    public DoctorRequest withMode(Mode m) {
        return new DoctorRequest(versions, projectRoot, applied, database, headsOnly, m, clock, failed, allow, portable);
    }

    public DoctorRequest withClock(Clock c) {
        return new DoctorRequest(versions, projectRoot, applied, database, headsOnly, mode, c, failed, allow, portable);
    }

    /** The rows of {@code applied}'s database whose revision stopped half way. */
    public DoctorRequest withFailed(List<AppliedRevision> rows) {
        return new DoctorRequest(versions, projectRoot, applied, database, headsOnly, mode, clock, rows, allow, portable);
    }

    /** Codes the configuration silences (retort.toml's [doctor] section). */
    public DoctorRequest withAllowed(List<AllowRule> rules) {
        return new DoctorRequest(versions, projectRoot, applied, database, headsOnly, mode, clock, failed, rules, portable);
    }

    /** The databases the project lists, for doctor's not-portable check. */
    public DoctorRequest withPortable(PortableSql.Targets targets) {
        return new DoctorRequest(versions, projectRoot, applied, database, headsOnly, mode, clock, failed, allow, targets);
    }

    public boolean isApplied(String id) {
        return applied != null && applied.containsKey(id);
    }
}
