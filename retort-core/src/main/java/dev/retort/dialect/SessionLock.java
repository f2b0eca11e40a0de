package dev.retort.dialect;

import java.sql.SQLException;

/** A held run lock. Closing releases it; so does the death of its connection or process. */
public interface SessionLock extends AutoCloseable {
    @Override
    void close() throws SQLException;
}
