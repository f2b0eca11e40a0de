package dev.retort.dialect;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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

    private ScratchSweeper() {}

    /** This session's part of a scratch name: SESSION_START. */
    static String session(ServerScratch server, Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(server.sessionQuery())) {
            rs.next();
            return rs.getLong(1) + "_" + Long.toString(rs.getLong(2), 36);
        }
    }

    /** Drops the scratch databases on the server of {@code c} whose creating session has ended. */
    static List<String> sweep(ServerScratch server, Dialect dialect, Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(server.listQuery())) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        List<String> dropped = new ArrayList<>();
        for (String name : names) {
            Matcher m = NAME.matcher(name);
            if (m.matches() && !server.alive(c, Long.parseLong(m.group(1)), Long.parseLong(m.group(2), 36))) {
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
