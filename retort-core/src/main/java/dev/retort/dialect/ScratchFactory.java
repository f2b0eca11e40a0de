package dev.retort.dialect;

import dev.retort.dialect.ScratchGuard.Verdict;
import dev.retort.dialect.sql.SqlToken;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * How one database gives scratch work (check, verify, autogenerate, model loading) a place of its
 * own: {@link Dialect#scratch()}. The rest (naming, dropping, reporting) is {@link ScratchSpace}'s,
 * the one scratch implementation.
 */
public interface ScratchFactory {

    /** A fresh space beside {@code url} (on its server; a local database may ignore the url). */
    ScratchSpace create(Dialect dialect, String url, ScratchSpace.Connector connector) throws SQLException, IOException;

    /** The schema reflection reads in a database the user named to work in (verify --url); null: the connection's own. */
    default String givenSchema(String url) {
        return null;
    }

    /** The schema reflection reads in a space created beside {@code url}; null: the connection's own. */
    default String createdSchema(String url) {
        return null;
    }

    /** Whether DDL applied to a scratch database runs in one transaction, sent as one batch (one round trip). */
    default boolean appliesInOneTransaction() {
        return false;
    }

    // ---- what the scratch guard (ScratchGuard) asks: what reaches past this database's scratch space

    /** One statement of a scratch run, read by {@link ScratchGuard}: run as written, rewritten, left out or refused. */
    Verdict verdict(ScratchGuard guard, String sql, List<SqlToken> tokens);

    /** The hint of a refusal. */
    default String guardHint() {
        return "scratch work must not reach files: leave this statement out of the file";
    }

    /**
     * A pattern matching the start of a line that is a command of this database's dump client
     * (psql's backslash commands), not SQL; null when there is none.
     */
    default String clientCommand() {
        return null;
    }
}
