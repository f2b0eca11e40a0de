package dev.retort.dialect.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import dev.retort.dialect.ScratchGuard;
import dev.retort.dialect.ScratchSpace;
import dev.retort.dialect.sql.SqlToken;
import java.util.List;
import dev.retort.dialect.ServerScratch;

/** MySQL/MariaDB scratch databases, in utf8mb4 whatever the server's default. */
final class MysqlScratch extends ServerScratch {

    @Override
    protected String createOptions() {
        return " DEFAULT CHARACTER SET utf8mb4";
    }

    /** A database is a schema here: the one the url names. */
    @Override
    public String givenSchema(String url) {
        return ScratchSpace.databaseName(url);
    }

    @Override
    public ScratchGuard.Verdict verdict(ScratchGuard guard, String sql, List<SqlToken> tokens) {
        return new MysqlScratchRules(guard, sql, tokens).verdict();
    }

    @Override
    public String guardHint() {
        return "scratch work runs in a database of its own on the same server as yours: name tables without "
                + "a database (or with the configured one), or set [verify] url / [model] scratch_url to a server meant"
                + " for scratch work";
    }

    /** Without the right to see other users' sessions (PROCESS), a space is only taken for dead after a day. */
    private static final long BLIND_AGE_SECONDS = 24 * 3600;

    /** Connection id and creation time. */
    @Override
    protected String sessionQuery() {
        return "SELECT CONNECTION_ID(), UNIX_TIMESTAMP()";
    }

    @Override
    protected String listQuery() {
        return "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'retort\\_scratch\\_%'";
    }

    @Override
    protected boolean alive(Connection c, long session, long start) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.PROCESSLIST WHERE ID = ?")) {
            ps.setLong(1, session);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT UNIX_TIMESTAMP(), EXISTS(SELECT 1 FROM "
                + "information_schema.USER_PRIVILEGES WHERE PRIVILEGE_TYPE = 'PROCESS')")) {
            rs.next();
            return !rs.getBoolean(2) && rs.getLong(1) - start < BLIND_AGE_SECONDS;
        }
    }
}
