package dev.retort.spring;

import dev.retort.AppliedInfo;
import dev.retort.Current;
import dev.retort.Retort;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/retort}: the revisions the database is at, those an upgrade to heads would
 * apply, and the version table's history. Values are plain strings and numbers, so Jackson 2
 * (Boot 3) and Jackson 3 (Boot 4) write them alike.
 */
@Endpoint(id = "retort")
public class RetortEndpoint {
    private final Retort retort;

    public RetortEndpoint(Retort retort) {
        this.retort = retort;
    }

    @ReadOperation
    public Report report() {
        Current c = retort.current();
        return new Report(c.url(), retort.versionTable(), c.heads(), c.pending() == null ? List.of() : c.pending(), c.unknown(),
                c.applied().stream().map(RetortEndpoint::row).toList());
    }

    private static Applied row(AppliedInfo a) {
        return new Applied(a.id(), a.kind().text(), a.appliedAt() == null ? null : a.appliedAt().toString(), a.appliedBy(),
                a.executionMs(), a.checksum(), a.failed() == null ? null : a.failed().text());
    }

    /**
     * @param current the database's heads (base: empty)
     * @param pending what an upgrade to heads would apply, in order
     * @param unknown applied revisions the application does not define
     * @param history the version table's rows, oldest first
     */
    public record Report(String database, String versionTable, List<String> current, List<String> pending,
            List<String> unknown, List<Applied> history) {}

    /** One version table row. */
    public record Applied(String revision, String kind, String appliedAt, String appliedBy, Long executionMs, String checksum,
            String failed) {}
}
