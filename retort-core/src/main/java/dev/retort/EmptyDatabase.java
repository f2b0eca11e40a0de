package dev.retort;

import dev.retort.dialect.registry.Dialects;
import dev.retort.dialect.ScratchSpace;
import dev.retort.engine.JdbcConnector;

/**
 * A new, empty database made for one piece of work (a test, say), removed again by
 * {@link #close()}: a database of its own on the configured server (PostgreSQL, MySQL/MariaDB),
 * a temporary file for SQLite, an in-memory database for H2. Made by {@link Retort#emptyDatabase()}.
 */
public final class EmptyDatabase implements AutoCloseable {
    private final ScratchSpace space;

    EmptyDatabase(ScratchSpace space) {
        this.space = space;
    }

    /** A temporary embedded database (a SQLite file in a temporary folder), for tests that name no database. */
    public static EmptyDatabase temporary() {
        return new EmptyDatabase(Dialects.scratchBeside("", u -> JdbcConnector.opener(u, "", "")));
    }

    /** Its JDBC url (the configured url's parameters kept; the password is not in it unless it was). */
    public String url() {
        return space.url();
    }

    /** What it is, for messages (a database name or a file). */
    public String description() {
        return space.description();
    }

    /** Drops the database (deletes the file). */
    @Override
    public void close() {
        space.close();
    }
}
