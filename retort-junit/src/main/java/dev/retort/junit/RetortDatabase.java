package dev.retort.junit;

import dev.retort.Retort;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database a {@link RetortTest} migrated: its url, new connections to it, and the project
 * opened on it ({@link #retort()}) for anything the assertions do not cover.
 */
public final class RetortDatabase {
    private final Retort retort;
    private final String url;

    RetortDatabase(Retort retort, String url) {
        this.retort = retort;
        this.url = url;
    }

    /** The JDBC url (credentials configured separately are not in it). */
    public String url() {
        return url;
    }

    /** A new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return retort.connect();
    }

    /** The project, opened on this database. */
    public Retort retort() {
        return retort;
    }

    @Override
    public String toString() {
        return retort.maskedUrl();
    }
}
