package dev.retort.dialect;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * SQLite: transactional DDL, no server. The run lock is an operating-system lock on a file
 * beside the database ({@code app.db.retort-lock}): the kernel drops it when the process dies,
 * and unlike an exclusive transaction on the database itself it does not block the run's own
 * connection. The file stays (empty of meaning when unlocked); it only names the last holder.
 */
public final class SqliteDialect extends Dialect {

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    protected List<String> urlPrefixes() {
        return List.of("jdbc:sqlite:");
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public SqlSyntax syntax() {
        return SqlSyntax.SQLITE;
    }

    @Override
    public String revisionIdType() {
        return "TEXT";
    }

    /** ISO-8601 UTC text, which sorts and reads well; SQLite has no timestamp type. */
    @Override
    public String timestampType() {
        return "TEXT";
    }

    @Override
    public void bindTimestamp(PreparedStatement ps, int index, Instant time) throws SQLException {
        ps.setString(index, time.toString());
    }

    @Override
    public Instant readTimestamp(ResultSet rs, int index) throws SQLException {
        String t = rs.getString(index);
        return t == null ? null : Instant.parse(t);
    }

    @Override
    public String identityColumn(String quotedName) {
        return quotedName + " INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    /** Schemas are attached database files in SQLite; they cannot be created with SQL. */
    @Override
    public String createSchema(String schema) {
        return null;
    }

    @Override
    public String currentTimestamp() {
        return "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
    }

    @Override
    public SessionLock lock(LockRequest request) throws SQLException {
        Path db = databaseFile(request.connection().getMetaData().getURL());
        if (db == null) {
            return () -> {}; // an in-memory database belongs to one connection: nobody to keep out
        }
        Path lockFile = db.resolveSibling(db.getFileName() + ".retort-lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
        } catch (IOException e) {
            throw new SQLException("cannot open the lock file " + lockFile + ": " + e.getMessage(), e);
        }
        FileLock[] held = new FileLock[1];
        try {
            LockPoller.acquire(request, waitMillis -> {
                if (waitMillis > 0) {
                    LockPoller.sleep(waitMillis);
                }
                held[0] = tryLock(channel);
                return held[0] != null;
            }, () -> holder(lockFile));
            writeHolder(channel);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
        return () -> {
            try {
                held[0].release();
                channel.close();
            } catch (IOException e) {
                throw new SQLException("cannot release the lock file " + lockFile, e);
            }
        };
    }

    /** The database file of a sqlite-jdbc url, or null for an in-memory database. */
    static Path databaseFile(String url) {
        String rest = url.substring("jdbc:sqlite:".length());
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int q = rest.indexOf('?');
        String params = q < 0 ? "" : rest.substring(q).toLowerCase(Locale.ROOT);
        rest = q < 0 ? rest : rest.substring(0, q);
        if (rest.isEmpty() || rest.equals(":memory:") || params.contains("mode=memory")) {
            return null;
        }
        return Path.of(rest).toAbsolutePath();
    }

    private static FileLock tryLock(FileChannel channel) throws SQLException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // another runner in this same JVM holds it
        } catch (IOException e) {
            throw new SQLException("cannot lock " + e.getMessage(), e);
        }
    }

    private static void writeHolder(FileChannel channel) throws SQLException {
        String who = "process " + ProcessHandle.current().pid() + " ("
                + ManagementFactory.getRuntimeMXBean().getName() + ") since " + Instant.now() + "\n";
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            throw new SQLException("cannot write the lock file: " + e.getMessage(), e);
        }
    }

    private static String holder(Path lockFile) {
        try {
            String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another process (lock file " + lockFile + ")" : text;
        } catch (IOException | RuntimeException e) {
            return "another process (lock file " + lockFile + ")";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was locked
        }
    }
}
