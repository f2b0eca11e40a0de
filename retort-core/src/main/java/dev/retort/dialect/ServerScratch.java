package dev.retort.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Scratch spaces of a database server: a database of its own, created beside the configured one
 * after dropping what killed runs left there ({@link ScratchSweeper}), named after the session
 * that creates it, which stays open while the space lives and drops it on close.
 */
public abstract class ServerScratch implements ScratchFactory {

    /** Text after {@code CREATE DATABASE "name"} (a character set); empty by default. */
    protected String createOptions() {
        return "";
    }

    /** Prepares the new database before anyone works in it (PostgreSQL: the url's schemas). */
    protected void prepare(Dialect dialect, String url, ConnectionOpener opener) throws SQLException {
        // nothing by default
    }

    /** Drops the space through the connection that created it. */
    protected void drop(Dialect dialect, Connection admin, String name) throws SQLException {
        ScratchSpace.execute(admin, "DROP DATABASE IF EXISTS " + dialect.quote(name));
    }

    // ---- what ScratchSweeper asks to find the spaces killed runs left behind

    /** A query of this session's id and its start in epoch seconds (one row, two numbers). */
    protected abstract String sessionQuery();

    /** A query of the names of the scratch databases on the server (those starting with {@link ScratchSpace#PREFIX}). */
    protected abstract String listQuery();

    /**
     * Whether the session {@code session} that started at {@code start} (as {@link #sessionQuery}
     * gave them) is still there; a session that cannot be told apart counts as alive.
     */
    protected abstract boolean alive(Connection c, long session, long start) throws SQLException;

    @Override
    public final ScratchSpace create(Dialect dialect, String url, ScratchSpace.Connector connector) throws SQLException {
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
        Connection holder = connector.at(url).open();
        try {
            holder.setAutoCommit(true);
            ScratchSweeper.sweep(this, dialect, holder);
            String name = ScratchSpace.PREFIX + ScratchSweeper.session(this, holder) + "_" + random;
            ScratchSpace.execute(holder, "CREATE DATABASE " + dialect.quote(name) + createOptions());
            String scratchUrl = ScratchSpace.withDatabase(url, name);
            ConnectionOpener opener = connector.at(scratchUrl);
            ScratchSpace space = ScratchSpace.of(dialect, scratchUrl, opener, name, "scratch database " + name + " on "
                    + ScratchSpace.server(url), () -> {
                        try (holder) {
                            drop(dialect, holder, name);
                        }
                    });
            prepare(dialect, url, opener);
            return space;
        } catch (SQLException | RuntimeException e) {
            try {
                holder.close();
            } catch (SQLException ignored) {
                // the first error is the one to report
            }
            throw e;
        }
    }
}
