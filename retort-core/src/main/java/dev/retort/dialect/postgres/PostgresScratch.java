package dev.retort.dialect.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import dev.retort.dialect.ScratchGuard;
import dev.retort.dialect.ScratchGuard.Verdict;
import dev.retort.dialect.sql.SqlToken;
import java.util.List;
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

    @Override
    public String guardHint() {
        return "scratch work runs in a database of its own on your server: leave server-wide changes out"
                + " of the file, or set [verify] url / [model] scratch_url to a server meant for scratch work";
    }

    /** psql's backslash commands (\\connect, \\restrict). */
    @Override
    public String clientCommand() {
        return "\\\\";
    }

    /** Statements on other databases and on the server are refused, unless the server is meant for scratch work. */
    @Override
    public Verdict verdict(ScratchGuard guard, String sql, List<SqlToken> t) {
        String verb = ScratchGuard.word(t, 0);
        String object = ScratchGuard.word(t, 1);
        if ((verb.equals("CREATE") || verb.equals("DROP") || verb.equals("ALTER")) && object.equals("DATABASE")) {
            int i = 2;
            while (i < t.size() && (t.get(i).isWord("IF") || t.get(i).isWord("NOT") || t.get(i).isWord("EXISTS"))) {
                i++;
            }
            if (i < t.size() && guard.isOwn(t.get(i).name(), verb.equals("CREATE"))) {
                return Verdict.SKIP; // the database the file describes: the scratch database stands for it
            }
            return guard.dedicated() ? Verdict.run(sql) : Verdict.refuse(verb + " DATABASE reaches another database on the server");
        }
        if (guard.dedicated()) {
            return Verdict.run(sql);
        }
        if (verb.equals("ALTER") && object.equals("SYSTEM")) {
            return Verdict.refuse("ALTER SYSTEM changes the whole server");
        }
        if ((verb.equals("DROP") || verb.equals("ALTER")) && (object.equals("ROLE") || object.equals("USER")
                || object.equals("GROUP") || object.equals("TABLESPACE"))) {
            return Verdict.refuse(verb + " " + object + " changes the whole server, not only the scratch database");
        }
        if (verb.equals("COPY") && (ScratchGuard.has(t, false, "PROGRAM") || t.stream().anyMatch(x -> x.kind() == SqlToken.Kind.STRING))) {
            return Verdict.refuse("COPY with a server file or program reaches past the scratch database");
        }
        if (verb.equals("CREATE") && ScratchGuard.has(t, false, "EXTENSION") && ScratchGuard.has(t, false, "DBLINK", "POSTGRES_FDW", "FILE_FDW")) {
            return Verdict.refuse("this extension reaches other databases or files");
        }
        if (ScratchGuard.has(t, true, "DBLINK", "DBLINK_EXEC", "DBLINK_CONNECT", "PG_READ_FILE", "PG_READ_BINARY_FILE", "LO_IMPORT",
                "LO_EXPORT", "PG_FILE_WRITE")) {
            return Verdict.refuse("this function reaches other databases or files");
        }
        return Verdict.run(sql);
    }

    @Override
    protected String sessionQuery() {
        return "SELECT pid, CAST(EXTRACT(EPOCH FROM backend_start) AS BIGINT) FROM pg_stat_activity WHERE pid = pg_backend_pid()";
    }

    @Override
    protected String listQuery() {
        return "SELECT datname FROM pg_database WHERE datname LIKE 'retort\\_scratch\\_%'";
    }

    @Override
    protected boolean alive(Connection c, long session, long start) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT CAST(EXTRACT(EPOCH FROM backend_start) AS BIGINT) FROM pg_stat_activity WHERE pid = ?")) {
            ps.setInt(1, (int) session);
            try (ResultSet rs = ps.executeQuery()) {
                // a pid used again by a later backend has a later start; an unreadable start counts as alive
                return rs.next() && (rs.getObject(1) == null || rs.getLong(1) == start);
            }
        }
    }
}
