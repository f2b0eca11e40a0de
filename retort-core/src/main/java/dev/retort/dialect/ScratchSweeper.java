package dev.retort.dialect;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the scratch spaces killed runs left behind and drops them. A scratch database is named
 * retort_scratch_SESSION_START_RANDOM after the session that created it and holds it open while
 * the run lasts (PostgreSQL: backend pid and start time; MySQL/MariaDB: connection id and
 * creation time, in base 36): when that session is gone, so is the run. A space whose creator
 * is still there, or that cannot be told apart, is left alone.
 */
public final class ScratchSweeper {
    public static final String FILE_PREFIX = "retort-scratch-";
    private static final Pattern NAME = Pattern.compile("^" + ScratchSpace.PREFIX + "([0-9]{1,15})_([0-9a-z]{1,12})_[0-9a-f]+$");
    private static final Pattern FILE = Pattern.compile("^" + FILE_PREFIX + "([0-9]{1,15})-.*\\.db$");
    /** Without the right to see other users' sessions (MySQL's PROCESS), a space is only taken for dead after a day. */
    private static final long BLIND_AGE_SECONDS = 24 * 3600;

    private ScratchSweeper() {}

    /** This session's part of a scratch name: SESSION_START. */
    static String session(Dialect dialect, Connection c) throws SQLException {
        String sql = dialect.name().equals("postgresql")
                ? "SELECT pid, CAST(EXTRACT(EPOCH FROM backend_start) AS BIGINT) FROM pg_stat_activity WHERE pid = pg_backend_pid()"
                : "SELECT CONNECTION_ID(), UNIX_TIMESTAMP()";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1) + "_" + Long.toString(rs.getLong(2), 36);
        }
    }

    /** Drops the scratch databases on the server of {@code c} whose creating session has ended. */
    static List<String> sweep(Dialect dialect, Connection c) throws SQLException {
        boolean postgres = dialect.name().equals("postgresql");
        List<String> names = new ArrayList<>();
        String list = postgres ? "SELECT datname FROM pg_database WHERE datname LIKE 'retort\\_scratch\\_%'"
                : "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'retort\\_scratch\\_%'";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(list)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        List<String> dropped = new ArrayList<>();
        for (String name : names) {
            Matcher m = NAME.matcher(name);
            if (m.matches() && !alive(postgres, c, Long.parseLong(m.group(1)), Long.parseLong(m.group(2), 36))) {
                try {
                    // PostgreSQL refuses while anyone is connected: a second guard for a space in use
                    ScratchSpace.execute(c, "DROP DATABASE IF EXISTS " + dialect.quote(name));
                    dropped.add(name);
                } catch (SQLException e) {
                    // in use after all, or not ours to drop: leave it
                }
            }
        }
        return dropped;
    }

    private static boolean alive(boolean postgres, Connection c, long session, long start) throws SQLException {
        if (postgres) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT CAST(EXTRACT(EPOCH FROM backend_start) AS BIGINT) FROM pg_stat_activity WHERE pid = ?")) {
                ps.setInt(1, (int) session);
                try (ResultSet rs = ps.executeQuery()) {
                    // a pid used again by a later backend has a later start; an unreadable start counts as alive
                    return rs.next() && (rs.getObject(1) == null || rs.getLong(1) == start);
                }
            }
        }
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

    /** Deletes the temporary SQLite files of processes that no longer run. */
    public static void sweepFiles() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp, FILE_PREFIX + "*.db")) {
            for (Path f : files) {
                Matcher m = FILE.matcher(f.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    deleteFiles(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // only housekeeping
        }
    }

    public static void deleteFiles(Path file) throws IOException {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm", ".retort-lock"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }
}
