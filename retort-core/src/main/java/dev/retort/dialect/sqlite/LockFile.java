package dev.retort.dialect.sqlite;

import dev.retort.MissingDriverException;
import dev.retort.dialect.JdbcDrivers;
import dev.retort.dialect.LockPoller;
import dev.retort.dialect.LockRequest;
import dev.retort.dialect.SessionLock;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * The run lock of a database that is a file (SQLite; H2 embedded): an exclusive transaction
 * (BEGIN EXCLUSIVE) on a small SQLite file beside the database, {@code <file>.retort-lock} (so
 * H2 file databases need SQLite's driver too). It is SQLite's own file lock: the kernel drops it
 * when the process dies, and SQLite keeps it right between connections of one process. The database is named by its real path, so a symlink or
 * a relative path reaches the same lock file as the path it stands for.
 *
 * <p>Nobody can read a file that is locked this way, so the holder writes its pid, host and start
 * time into a second file, {@code <file>.retort-lock.holder}, after taking the lock and deletes
 * it before releasing. A killed holder leaves that file behind; waiters then see a pid that no
 * longer runs on this host and do not name it. The lock itself never outlives its process.
 */
public final class LockFile {
    public static final String SUFFIX = ".retort-lock";
    static final String HOLDER_SUFFIX = ".retort-lock.holder";
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    private LockFile() {}

    /** Takes the lock for {@code database} (which need not exist yet), waiting as {@code request} says. */
    public static SessionLock acquire(Path database, LockRequest request) throws SQLException {
        Path real = realPath(database);
        Path lockFile = real.resolveSibling(real.getFileName() + SUFFIX);
        Path holderFile = real.resolveSibling(real.getFileName() + HOLDER_SUFFIX);
        String host = localHost();
        Connection lc;
        try {
            lc = JdbcDrivers.open("jdbc:sqlite:" + lockFile, SqliteDialect.DRIVER);
        } catch (MissingDriverException e) {
            // an H2 file is locked this way too, so an H2 user is told why SQLite's driver is wanted
            throw new MissingDriverException("jdbc:sqlite:" + lockFile + " (the run lock of " + real.getFileName() + ")", e.driver());
        }
        try {
            LockPoller.acquire(request, waitMillis -> tryLock(lc, waitMillis), () -> describe(lockFile, holderFile, host));
            writeHolder(holderFile, host);
        } catch (SQLException | RuntimeException e) {
            lc.close();
            throw e;
        }
        return () -> {
            try {
                Files.deleteIfExists(holderFile); // while still holding: a successor's file must not go
            } catch (IOException e) {
                // a stale holder file is told apart by its dead pid
            }
            try (Statement s = lc.createStatement()) {
                s.execute("ROLLBACK");
            } finally {
                lc.close();
            }
        };
    }

    /** The path with symlinks resolved; for a file not yet created, its real folder and its name. */
    public static Path realPath(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException missing) {
            Path parent = abs.getParent();
            try {
                return parent == null ? abs : parent.toRealPath().resolve(abs.getFileName());
            } catch (IOException e) {
                return abs;
            }
        }
    }

    private static boolean tryLock(Connection lc, long waitMillis) throws SQLException {
        try (Statement s = lc.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + waitMillis);
            s.execute("BEGIN EXCLUSIVE");
            return true;
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xff; // extended codes keep the primary code in the low byte
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
                return false;
            }
            throw e;
        }
    }

    private static void writeHolder(Path holderFile, String host) {
        String text = "pid=" + ProcessHandle.current().pid() + "\nhost=" + host + "\nsince=" + Instant.now() + "\n";
        Path tmp = holderFile.resolveSibling(holderFile.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, holderFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, holderFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // naming the holder is a courtesy; the lock is what keeps others out
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** Who holds the lock, from the holder file when it names a live process (or another host). */
    static String describe(Path lockFile, Path holderFile, String localHost) {
        String where = "lock file " + lockFile;
        Optional<Holder> h = Holder.read(holderFile);
        if (h.isEmpty()) {
            return "another process or connection (" + where + ")";
        }
        Holder holder = h.get();
        boolean here = holder.host().equals(localHost);
        if (here && holder.pid() == ProcessHandle.current().pid()) {
            return "another connection of this process (pid " + holder.pid() + ", since " + holder.since() + "; " + where + ")";
        }
        if (here && !ProcessHandle.of(holder.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            return "another process or connection (" + where + ")"; // the file is a killed holder's leftover
        }
        return "process " + holder.pid() + " on " + holder.host() + " since " + holder.since() + " (" + where + ")";
    }

    /** What a holder wrote about itself. */
    record Holder(long pid, String host, String since) {
        static Optional<Holder> read(Path file) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
            Long pid = null;
            String host = null;
            String since = "?";
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = line.substring(0, eq);
                String value = line.substring(eq + 1).strip().replaceAll("\\p{Cntrl}", "?");
                switch (key) {
                    case "pid" -> {
                        try {
                            pid = Long.parseLong(value);
                        } catch (NumberFormatException e) {
                            return Optional.empty();
                        }
                    }
                    case "host" -> host = value;
                    case "since" -> since = value;
                    default -> { }
                }
            }
            return pid == null || host == null ? Optional.empty() : Optional.of(new Holder(pid, host, since));
        }
    }

    /** This machine's name, as waiters on it compare it with a holder's. */
    static String localHost() {
        String host = System.getenv("HOSTNAME");
        if (host != null && !host.isBlank()) {
            return host.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }
}
