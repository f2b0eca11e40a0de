package dev.retort.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection a run works on, and what {@link Dialect#connect} had to hold before it could
 * open it (the lock file of an H2 database that admits one process at a time), released after
 * the connection closes.
 */
public record RunConnection(Connection connection, SessionLock heldBefore) implements AutoCloseable {

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            if (heldBefore != null) {
                heldBefore.close();
            }
        }
    }
}
