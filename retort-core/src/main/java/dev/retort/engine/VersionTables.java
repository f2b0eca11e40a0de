package dev.retort.engine;

import dev.retort.Direction;
import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The version table (one row per applied revision) and the append-only log, on one connection.
 * Prepared statements are made once and reused for the whole run: a run of 10,000 revisions
 * parses each of them once.
 */
final class VersionTables implements AutoCloseable {
    static final String COLUMNS =
            "id, checksum, applied_at, applied_by, execution_ms, kind, failed, failed_statement, failed_sql";
    static final String LOG_COLUMNS =
            "revision, operation, checksum, performed_at, performed_by, execution_ms, failed_statement, error";

    private final Connection connection;
    private final Dialect dialect;
    private final String version;
    private final String log;
    private final VersionTableNames names;
    private PreparedStatement insert;
    private PreparedStatement insertLog;
    private PreparedStatement appliedWithLog;
    private PreparedStatement revertedWithLog;

    VersionTables(Connection connection, Dialect dialect, VersionTableNames names) {
        this.connection = connection;
        this.dialect = dialect;
        this.names = names;
        this.version = dialect.qualify(names.schema(), names.table());
        this.log = dialect.qualify(names.schema(), names.logTable());
    }

    /** CREATE statements for both tables (and the schema), all idempotent. */
    static List<String> ddl(Dialect d, VersionTableNames names) {
        List<String> out = new ArrayList<>();
        if (names.schema() != null && d.createSchema(names.schema()) != null) {
            out.add(d.createSchema(names.schema()));
        }
        String shortText = d.shortTextType();
        out.add("CREATE TABLE IF NOT EXISTS " + d.qualify(names.schema(), names.table()) + " ("
                + q(d, "id") + " " + d.revisionIdType() + " NOT NULL PRIMARY KEY, "
                + q(d, "checksum") + " " + shortText + ", "
                + q(d, "applied_at") + " " + d.timestampType() + " NOT NULL, "
                + q(d, "applied_by") + " " + shortText + ", "
                + q(d, "execution_ms") + " BIGINT, "
                + q(d, "kind") + " " + shortText + " NOT NULL, "
                + q(d, "failed") + " " + shortText + ", "
                + q(d, "failed_statement") + " INTEGER, "
                + q(d, "failed_sql") + " " + d.textType() + ")" + d.tableOptions());
        out.add("CREATE TABLE IF NOT EXISTS " + d.qualify(names.schema(), names.logTable()) + " ("
                + d.identityColumn(q(d, "seq")) + ", "
                + q(d, "revision") + " " + d.revisionIdType() + ", "
                + q(d, "operation") + " " + shortText + " NOT NULL, "
                + q(d, "checksum") + " " + shortText + ", "
                + q(d, "performed_at") + " " + d.timestampType() + " NOT NULL, "
                + q(d, "performed_by") + " " + shortText + ", "
                + q(d, "execution_ms") + " BIGINT, "
                + q(d, "failed_statement") + " INTEGER, "
                + q(d, "error") + " " + d.textType() + ")" + d.tableOptions());
        return out;
    }

    /** Quotes each name of a comma-separated column list. */
    static String columns(Dialect d, String list) {
        StringBuilder sb = new StringBuilder();
        for (String c : list.split(", ")) {
            sb.append(sb.length() == 0 ? "" : ", ").append(q(d, c));
        }
        return sb.toString();
    }

    private static String q(Dialect d, String column) {
        return d.quote(column);
    }

    void create() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : ddl(dialect, names)) {
                s.execute(sql);
            }
        }
    }

    /** All rows, oldest first; empty when the table does not exist yet. */
    List<AppliedRevision> read() throws SQLException {
        List<AppliedRevision> rows = new ArrayList<>();
        String sql = "SELECT " + columns(dialect, COLUMNS) + " FROM " + version + " ORDER BY "
                + q(dialect, "applied_at") + ", " + q(dialect, "id");
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                long ms = rs.getLong(5);
                Long executionMs = rs.wasNull() ? null : ms;
                int st = rs.getInt(8);
                Integer failedStatement = rs.wasNull() ? null : st;
                rows.add(new AppliedRevision(rs.getString(1), rs.getString(2), dialect.readTimestamp(rs, 3),
                        rs.getString(4), executionMs, AppliedRevision.Kind.valueOf(rs.getString(6).toUpperCase(java.util.Locale.ROOT)),
                        Direction.parse(rs.getString(7)), failedStatement, rs.getString(9)));
            }
        }
        return rows;
    }

    /** Inserts a row; {@code failed} non-null marks it as running or failed in that direction. */
    void insert(String id, String checksum, Instant at, String by, Long executionMs, AppliedRevision.Kind kind,
            Direction failed) throws SQLException {
        if (insert == null) {
            insert = connection.prepareStatement("INSERT INTO " + version + " (" + columns(dialect, COLUMNS)
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)");
        }
        insert.setString(1, id);
        insert.setString(2, checksum);
        dialect.bindTimestamp(insert, 3, at);
        insert.setString(4, by);
        setLong(insert, 5, executionMs);
        insert.setString(6, kind.text());
        insert.setString(7, failed == null ? null : failed.text());
        insert.executeUpdate();
    }

    /**
     * Records a finished revision inside its transaction: the applied row (upgrade) or its
     * removal (downgrade), and the log entry. Where the dialect allows, both in one statement:
     * on a run of thousands of small revisions every round trip shows.
     */
    void recordDone(Direction direction, String id, String checksum, Instant at, String by, long executionMs)
            throws SQLException {
        if (!dialect.dataModifyingCte()) {
            if (direction == Direction.UPGRADE) {
                insert(id, checksum, at, by, executionMs, AppliedRevision.Kind.APPLIED, null);
            } else {
                delete(id);
            }
            log(id, direction.text(), checksum, at, by, executionMs, null, null);
            return;
        }
        String logInsert = "INSERT INTO " + log + " (" + columns(dialect, LOG_COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)";
        PreparedStatement ps;
        int i = 1;
        if (direction == Direction.UPGRADE) {
            if (appliedWithLog == null) {
                appliedWithLog = connection.prepareStatement("WITH " + q(dialect, "applied") + " AS (INSERT INTO " + version
                        + " (" + columns(dialect, COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, NULL)) " + logInsert);
            }
            ps = appliedWithLog;
            ps.setString(i++, id);
            ps.setString(i++, checksum);
            dialect.bindTimestamp(ps, i++, at);
            ps.setString(i++, by);
            ps.setLong(i++, executionMs);
            ps.setString(i++, AppliedRevision.Kind.APPLIED.text());
        } else {
            if (revertedWithLog == null) {
                revertedWithLog = connection.prepareStatement("WITH " + q(dialect, "reverted") + " AS (DELETE FROM " + version
                        + " WHERE " + q(dialect, "id") + " = ?) " + logInsert);
            }
            ps = revertedWithLog;
            ps.setString(i++, id);
        }
        ps.setString(i++, id);
        ps.setString(i++, direction.text());
        ps.setString(i++, checksum);
        dialect.bindTimestamp(ps, i++, at);
        ps.setString(i++, by);
        ps.setLong(i, executionMs);
        ps.executeUpdate();
    }

    /** Marks a row failed (or running: statement null) in a direction, or clears the mark (direction null). */
    void mark(String id, Direction failed, Integer statement, String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + version + " SET " + q(dialect, "failed")
                + " = ?, " + q(dialect, "failed_statement") + " = ?, " + q(dialect, "failed_sql") + " = ? WHERE "
                + q(dialect, "id") + " = ?")) {
            ps.setString(1, failed == null ? null : failed.text());
            if (statement == null) {
                ps.setNull(2, Types.INTEGER);
            } else {
                ps.setInt(2, statement);
            }
            ps.setString(3, sql);
            ps.setString(4, id);
            ps.executeUpdate();
        }
    }

    /** Records a finished upgrade on a row inserted as running. */
    void finish(String id, Instant at, long executionMs) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + version + " SET " + q(dialect, "failed")
                + " = NULL, " + q(dialect, "applied_at") + " = ?, " + q(dialect, "execution_ms") + " = ? WHERE "
                + q(dialect, "id") + " = ?")) {
            dialect.bindTimestamp(ps, 1, at);
            ps.setLong(2, executionMs);
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    void updateChecksum(String id, String checksum) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + version + " SET " + q(dialect, "checksum")
                + " = ? WHERE " + q(dialect, "id") + " = ?")) {
            ps.setString(1, checksum);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    void delete(String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + version + " WHERE " + q(dialect, "id") + " = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    void deleteAll() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM " + version);
        }
    }

    /** Appends to the log: what happened to which revision, who, when, how long, and the error if any. */
    void log(String revision, String operation, String checksum, Instant at, String by, Long executionMs,
            Integer failedStatement, String error) throws SQLException {
        if (insertLog == null) {
            insertLog = connection.prepareStatement("INSERT INTO " + log + " (" + columns(dialect, LOG_COLUMNS)
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        }
        insertLog.setString(1, revision);
        insertLog.setString(2, operation);
        insertLog.setString(3, checksum);
        dialect.bindTimestamp(insertLog, 4, at);
        insertLog.setString(5, by);
        setLong(insertLog, 6, executionMs);
        if (failedStatement == null) {
            insertLog.setNull(7, Types.INTEGER);
        } else {
            insertLog.setInt(7, failedStatement);
        }
        insertLog.setString(8, error);
        insertLog.executeUpdate();
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
        if (insertLog != null) {
            insertLog.close();
        }
        if (appliedWithLog != null) {
            appliedWithLog.close();
        }
        if (revertedWithLog != null) {
            revertedWithLog.close();
        }
    }
}
