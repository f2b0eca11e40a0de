package dev.retort.dialect.h2;

import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.sqlite.LockFile;
import dev.retort.dialect.LockPoller;
import dev.retort.dialect.LockRequest;
import dev.retort.dialect.RunConnection;
import dev.retort.dialect.SessionLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * H2 file databases, which one process opens at a time (or, with AUTO_SERVER=TRUE, which the
 * first process serves to the others until it exits). Runners first take a {@link LockFile}
 * beside the database, so only one of them has it open; then they open it, retrying while
 * another program keeps it ("Database may be already in use") until the lock timeout.
 */
final class H2Files {
    /** "Database may be already in use". */
    private static final int ALREADY_OPEN = 90020;
    /** "Error opening database", also for a lock file another process is writing. */
    private static final int ERROR_OPENING = 8000;
    /** "Connection is broken": an AUTO_SERVER host that is going away. */
    private static final int CONNECTION_BROKEN = 90067;

    private H2Files() {}

    static RunConnection connect(ConnectionOpener opener, LockRequest wait) throws SQLException {
        Path file = databaseFile(opener.url());
        if (file == null) {
            return new RunConnection(opener.open(), null);
        }
        long start = System.nanoTime();
        SessionLock held = LockFile.acquire(file, wait);
        try {
            Duration left = wait.timeout().minusNanos(System.nanoTime() - start);
            Connection[] opened = new Connection[1];
            SQLException[] last = new SQLException[1];
            LockPoller.acquire(wait.withTimeout(left.isNegative() ? Duration.ZERO : left), waitMillis -> {
                if (waitMillis > 0) {
                    LockPoller.sleep(waitMillis);
                }
                try {
                    opened[0] = opener.open();
                    return true;
                } catch (SQLException e) {
                    if (!busy(e)) {
                        throw e;
                    }
                    last[0] = e;
                    return false;
                }
            }, () -> holder(file, last[0]));
            return new RunConnection(opened[0], held);
        } catch (SQLException | RuntimeException e) {
            held.close();
            throw e;
        }
    }

    /** Whether opening failed because another process has the file, not because of the url. */
    static boolean busy(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                int code = s.getErrorCode();
                String m = String.valueOf(s.getMessage()).toLowerCase(Locale.ROOT);
                if (code == ALREADY_OPEN || code == CONNECTION_BROKEN
                        || (code == ERROR_OPENING && (m.contains("lock file") || m.contains("faster")
                                || m.contains("concurrent update")))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Who keeps the file open: the AUTO_SERVER host H2 wrote into its lock file, if any. */
    private static String holder(Path file, SQLException last) {
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        Path h2Lock = Path.of(base + ".lock.db");
        String server = null;
        if (Files.isRegularFile(h2Lock)) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(h2Lock)) {
                p.load(in);
                server = p.getProperty("server");
            } catch (Exception e) {
                // H2 rewrites the file while we read it: say less
            }
        }
        String what = last == null ? "" : ": " + firstLine(last.getMessage());
        return "another program that has " + file.getFileName() + " open"
                + (server == null ? "" : " (H2 AUTO_SERVER host " + server + ")") + what;
    }

    private static String firstLine(String s) {
        String t = s == null ? "" : s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    /**
     * The {@code .mv.db} file of an embedded H2 url, or null for in-memory, server (tcp:, ssl:)
     * and other file-system urls, which Retort does not lock by file.
     */
    static Path databaseFile(String url) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
            return null;
        }
        String rest = url.substring("jdbc:h2:".length());
        int semi = rest.indexOf(';');
        rest = semi < 0 ? rest : rest.substring(0, semi);
        if (rest.regionMatches(true, 0, "file:", 0, 5)) {
            rest = rest.substring(5);
        } else if (rest.matches("(?s)[A-Za-z][A-Za-z0-9]+:.*")) {
            return null; // mem:, tcp:, ssl:, zip:, nio:, split: ...
        }
        if (rest.isEmpty()) {
            return null;
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        try {
            return Path.of(rest + ".mv.db").toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null; // not a path this platform has: H2 will say so when it opens the url
        }
    }
}
