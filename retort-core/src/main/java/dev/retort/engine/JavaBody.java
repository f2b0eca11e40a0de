package dev.retort.engine;

import dev.retort.Direction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * The code of a Java revision, as the engine runs it: the facade adapts a compiled
 * {@code Migration} (through the operation executor of dev.retort.dialect.ddl) to this, so the
 * engine's transactions, version rows, failure markers and locking apply to Java revisions as
 * they do to SQL ones.
 */
@FunctionalInterface
public interface JavaBody {
    /**
     * Runs the upgrade or downgrade on {@code connection}, calling {@code beforeStatement} with
     * each statement's SQL just before executing it (the engine counts them to name the one
     * that failed). Transactions are the engine's: do not commit.
     */
    void run(Direction direction, Connection connection, Consumer<String> beforeStatement) throws SQLException;
}
