package dev.retort.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection to the target database; the credentials stay inside the opener. */
@FunctionalInterface
public interface ConnectionOpener {
    Connection open() throws SQLException;

    /**
     * The url it connects to, unmasked (never print it), or null when unknown. Dialects read the
     * file of an embedded database from it, to wait for other processes before connecting.
     */
    default String url() {
        return null;
    }

    /** {@code open} that also tells its url. */
    static ConnectionOpener withUrl(String url, ConnectionOpener open) {
        return new ConnectionOpener() {
            @Override
            public Connection open() throws SQLException {
                return open.open();
            }

            @Override
            public String url() {
                return url;
            }
        };
    }
}
