package dev.retort;

import java.sql.Connection;

/**
 * Where {@link StandardOps} sends each operation: a list when recording, a renderer that
 * executes at once when migrating, so that {@link Ops#connection()} sees the schema as the
 * operations before it left it.
 */
public interface OperationSink {
    void accept(Operation operation);

    /** The live connection, or null when there is none (offline rendering, derivation). */
    Connection connection();
}
