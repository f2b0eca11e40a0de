package dev.retort.dialect.postgres;

import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ScratchSpace;
import dev.retort.dialect.ServerScratch;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL scratch databases: the url's currentSchema schemas are created in the new database
 * so tables land where they would; the drop ends our own lingering sessions (WITH (FORCE)).
 */
final class PostgresScratch extends ServerScratch {

    @Override
    protected void prepare(Dialect dialect, String url, ConnectionOpener opener) throws SQLException {
        String currentSchema = ScratchSpace.param(url, "currentSchema");
        if (currentSchema == null || currentSchema.isBlank()) {
            return;
        }
        try (Connection c = opener.open()) {
            for (String schema : currentSchema.split(",")) {
                String s = schema.strip();
                if (!s.isEmpty() && !s.equals("public") && !s.startsWith("pg_") && !s.startsWith("$")) {
                    ScratchSpace.execute(c, "CREATE SCHEMA IF NOT EXISTS " + dialect.quote(s));
                }
            }
        }
    }

    @Override
    protected void drop(Dialect dialect, Connection admin, String name) throws SQLException {
        // our own sessions may linger in the pool of a driver: FORCE ends them (PostgreSQL 13+)
        try {
            ScratchSpace.execute(admin, "DROP DATABASE IF EXISTS " + dialect.quote(name) + " WITH (FORCE)");
        } catch (SQLException e) {
            if (!"42601".equals(e.getSQLState())) {
                throw e;
            }
            super.drop(dialect, admin, name);
        }
    }

    @Override
    public String givenSchema(String url) {
        return ScratchSpace.param(url, "currentSchema");
    }

    /** The first schema of the url's currentSchema, else public. */
    @Override
    public String createdSchema(String url) {
        String current = ScratchSpace.param(url, "currentSchema");
        return current == null || current.isBlank() ? "public" : current.split(",")[0].strip();
    }

    @Override
    public boolean appliesInOneTransaction() {
        return true;
    }
}
