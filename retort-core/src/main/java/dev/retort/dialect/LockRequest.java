package dev.retort.dialect;

import java.sql.Connection;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What a dialect needs to take the run lock.
 *
 * @param connection the connection the run works on (session locks are taken on it); null while
 *     {@link Dialect#connect} waits to open it
 * @param opener opens extra connections (H2 holds its row lock on a separate one)
 * @param schema schema of the version tables, or null for the connection's default
 * @param versionTable name of the version table the lock protects; the lock is per table
 * @param timeout how long to wait before giving up
 * @param onWait told, once and then every few seconds, what the runner waits for
 */
public record LockRequest(
        Connection connection,
        ConnectionOpener opener,
        String schema,
        String versionTable,
        Duration timeout,
        Consumer<String> onWait) {

    /** The same request for the run's connection, once it is open. */
    public LockRequest withConnection(Connection c) {
        return new LockRequest(c, opener, schema, versionTable, timeout, onWait);
    }

    /** The same request with {@code remaining} left to wait. */
    public LockRequest withTimeout(Duration remaining) {
        return new LockRequest(connection, opener, schema, versionTable, remaining, onWait);
    }

    /** "schema.table" (or just "table"), the identity of the lock in messages and key hashes. */
    public String lockName() {
        return (schema == null || schema.isEmpty() ? "" : schema + ".") + versionTable;
    }
}
