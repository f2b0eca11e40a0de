package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.schema.model.Reflector;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.TableFilter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * What Retort needs to know about one database, and the single entry point to it: how to quote,
 * what its DDL can do, which column types the version tables use, how its statements are lexed,
 * how to hold a session lock that dies with its connection, and its parts (DDL, reflection, type
 * spellings, scratch databases). One small subclass per database, each in a folder of its own
 * ({@code dialect/postgres/}, ...); a new database is a new folder listed in
 * {@code dialect.registry.Dialects.ALL}.
 */
public abstract class Dialect {
    // not sealed: each database lives in a package of its own (dialect.postgres, ...), which a
    // sealed class in the unnamed module cannot permit; registry.Dialects.ALL is the one list

    /** Only the per-database subclasses, each a stateless singleton listed in {@code Dialects.ALL}. */
    protected Dialect() {}

    // ---- the parts of one database (each lives in its folder, dialect/<database>/)

    /** Renders {@code Operation}s as this database's DDL. */
    public abstract DdlRenderer ddl();

    /** Reads a schema from this database's catalog. */
    public abstract Reflector reflector();

    /** Reflects with {@link #reflector()}, turning a catalog error into a FAILED error that says what was being read. */
    public Schema reflect(Connection connection, String schemaName, TableFilter filter) {
        try {
            return reflector().reflect(connection, schemaName, filter);
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot read the " + name()
                    + " catalog: " + e.getMessage(), "check that the user may read the catalog", e);
        }
    }

    /** Reads this database's column type spellings back (the reverse of {@code ddl().type}). */
    public abstract ColumnTypes types();

    /** Gives scratch work (check, verify, autogenerate) a database of its own; see {@link ScratchSpace}. */
    public abstract ScratchFactory scratch();

    // ---- naming, syntax, version tables, locks

    /** The name used by {@code --dialect} and in messages: postgresql, mysql, sqlite, h2. */
    public abstract String name();

    /**
     * The Maven coordinates (groupId:artifactId) of the JDBC driver Retort is tested with: drivers
     * are optional dependencies of retort-core, so a missing one is named in the error.
     */
    public abstract String driver();

    /** JDBC url prefixes this dialect answers to. */
    protected abstract List<String> urlPrefixes();

    /** Whether CREATE/ALTER/DROP roll back with the transaction (false: each DDL commits). */
    public abstract boolean transactionalDdl();

    /** How the statement splitter lexes this database's SQL. */
    public abstract SqlSyntax syntax();

    /** Column type of revision ids: unlimited in practice, yet usable as a primary key. */
    public abstract String revisionIdType();

    /** The longest revision id (in characters) that {@link #revisionIdType()} holds. */
    public int maxRevisionIdLength() {
        return Integer.MAX_VALUE;
    }

    /** Column type for long text (SQL, error messages). */
    public String textType() {
        return "TEXT";
    }

    /** Column type for points in time, stored in UTC. */
    public abstract String timestampType();

    /** A column definition of an auto-incrementing primary key named by {@code quotedName}. */
    public abstract String identityColumn(String quotedName);

    /** Text after the closing parenthesis of CREATE TABLE (engine, charset); empty by default. */
    public String tableOptions() {
        return "";
    }

    /**
     * Whether one statement may both change a table and insert into another (PostgreSQL's
     * {@code WITH x AS (INSERT ...) INSERT ...}): the engine then writes a revision's version row
     * and its log entry in one round trip.
     */
    public boolean dataModifyingCte() {
        return false;
    }

    /** Whether a JDBC batch of statements travels in one round trip (the engine then batches a revision's statements). */
    public boolean pipelinesBatches() {
        return false;
    }

    /** CREATE SCHEMA statement for the version tables' schema, or null where schemas are not created. */
    public String createSchema(String schema) {
        return "CREATE SCHEMA IF NOT EXISTS " + quote(schema);
    }

    /** The SQL text of the current time in {@link #timestampType()}, for offline scripts. */
    public String currentTimestamp() {
        return "CURRENT_TIMESTAMP";
    }

    /** Binds a point in time to a {@link #timestampType()} parameter. */
    public void bindTimestamp(PreparedStatement ps, int index, Instant time) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
    }

    /** Reads a {@link #timestampType()} column; null stays null. */
    public Instant readTimestamp(ResultSet rs, int index) throws SQLException {
        OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /**
     * Quotes an identifier, always, so that case, spaces and reserved words survive; embedded
     * quote characters are doubled.
     */
    public String quote(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw RetortException.usage("empty SQL identifier", "name the table or schema");
        }
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** {@code schema.name} quoted, or just the quoted name when schema is null or empty. */
    public String qualify(String schema, String name) {
        return schema == null || schema.isEmpty() ? quote(name) : quote(schema) + "." + quote(name);
    }

    /** A string literal for offline scripts, which cannot bind parameters. */
    public String literal(String value) {
        if (value == null) {
            return "NULL";
        }
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * Opens the connection a run (or a read of the version table) works on. Most databases take
     * any number of connections; where another process can keep the database from opening (an H2
     * file), this waits for it as {@link #lock} waits, saying who holds it, and gives up at
     * {@code wait.timeout()}.
     */
    public RunConnection connect(ConnectionOpener opener, LockRequest wait) throws SQLException {
        return new RunConnection(opener.open(), null);
    }

    /**
     * Takes the session lock that keeps other runners out, waiting at most
     * {@code request.timeout()}; the lock dies with its connection if the process does.
     */
    public abstract SessionLock lock(LockRequest request) throws SQLException;

    /** Whether this dialect answers to a JDBC url (the registry's lookup by url). */
    public final boolean answersTo(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return urlPrefixes().stream().anyMatch(lower::startsWith);
    }

    /**
     * The database a url names as its user knows it, for reports: mariadb for a jdbc:mariadb: url
     * although the mysql dialect serves it; {@link #name()} otherwise.
     */
    public String nameOfUrl(String url) {
        return name();
    }

    /** The databases this dialect serves, by the names their users know (mysql and mariadb for mysql). */
    public List<String> databases() {
        return List.of(name());
    }

    /** Other names {@code --dialect} takes for this database (mariadb for mysql). */
    protected List<String> aliases() {
        return List.of();
    }

    /** Whether {@code name} (as {@code --dialect} takes it, any case) is this dialect's or one of its {@link #aliases}. */
    public final boolean isCalled(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return name().equals(n) || aliases().contains(n);
    }

    /** A stable 64-bit key for a lock name (first 8 bytes of its SHA-256). */
    /** The first column of the first row of a query that takes no values, or null when it returns none. */
    protected static String queryString(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    protected static long lockKey(String name) {
        byte[] h = sha256(name);
        long key = 0;
        for (int i = 0; i < 8; i++) {
            key = (key << 8) | (h[i] & 0xff);
        }
        return key;
    }

    /** A short hex name for locks whose names are length-limited (MySQL: 64 characters). */
    protected static String lockHex(String name) {
        byte[] h = sha256(name);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(String.format("%02x", h[i]));
        }
        return sb.toString();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    // ---- Questions asked by code outside dialect/ (engine, lint, config, doctor, autogen), so ----
    // ---- that no code there compares database names. Per-database answers live in the folders. ----

    /** Column type of the version tables' short texts (checksum, kind, who applied). */
    public String shortTextType() {
        return "VARCHAR(255)";
    }

    /** The statement that opens a transaction in an offline script. */
    public String beginTransaction() {
        return "BEGIN";
    }

    /** What lint's rules need to know about this database. */
    public LintFacts lintFacts() {
        return LintFacts.UNKNOWN;
    }

    /** What this database refuses of SQL written for another (lint's not-portable rule). */
    public Portability portability() {
        return Portability.ANYTHING;
    }

    /** The url the bundled driver accepts for {@code url} (some urls are handed to another driver's prefix). */
    public String driverUrl(String url) {
        return url;
    }

    /**
     * Whether {@code driverUrl} has an authority part ({@code //user:password@host}) that the
     * driver does not understand: credentials there are passed as properties instead.
     */
    public boolean hasAuthority(String driverUrl) {
        return false;
    }

    /** The url with a relative database file resolved against {@code dir}; unchanged where urls name no file. */
    public String anchored(String url, Path dir) {
        return url;
    }

    /**
     * A url that opens the database for reading only, and the local file it names (null when it
     * names none): a reader checks that the file exists first, so that reading never creates one.
     */
    public record ReadOnlyUrl(String url, Path file) {}

    /** {@code url} for reading only; relative files are resolved against {@code base}. */
    public ReadOnlyUrl readOnly(String url, Path base) {
        return new ReadOnlyUrl(url, null);
    }

    /**
     * Whether rendering a revision's SQL text needs a connection (SQLite rebuilds a table from
     * the catalog's own CREATE text); elsewhere it is rendered offline.
     */
    public boolean rendersBodiesOnline() {
        return false;
    }

    /** What schema comparison needs to know about this database's catalog and DDL. */
    public SchemaRules schemaRules() {
        return SchemaRules.STANDARD;
    }

    /** The DDL Hibernate writes for JPA entities on this database. */
    public JpaFacts jpa() {
        return JpaFacts.GENERIC;
    }

    /** The backend names of SQLAlchemy urls ({@code postgresql+psycopg://}) that mean this database. */
    public List<String> sqlAlchemyBackends() {
        return List.of();
    }

    /** The JDBC url of database {@code database} on a server, or null where databases are files. */
    public String serverUrl(String hostPort, String database) {
        return null;
    }

    /** The JDBC url of a database file, or null where databases live on a server. */
    public String fileUrl(String file) {
        return null;
    }

    /** How to write a url Retort supports, for hints. */
    public static final String SUPPORTED_URLS =
            "use a url starting with jdbc:postgresql:, jdbc:mariadb: (or jdbc:mysql:), jdbc:sqlite: or jdbc:h2:";

    // ---- end of questions asked from outside dialect/ ----

    @Override
    public String toString() {
        return name();
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
