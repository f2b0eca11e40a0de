package dev.retort.dialect;

import java.io.IOException;
import java.sql.SQLException;

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
}
