package dev.retort.dialect.sqlite;

import dev.retort.dialect.ColumnTypes;
import dev.retort.dialect.SchemaRules;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LintFacts;
import dev.retort.dialect.LockRequest;
import dev.retort.dialect.ScratchFactory;
import dev.retort.dialect.SessionLock;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.schema.model.Reflector;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * SQLite: transactional DDL, no server. The run lock is a {@link LockFile} beside the database's
 * real path ({@code app.db.retort-lock}): taking it on the database itself would block the run's
 * own connection. The file stays; by itself it means nothing.
 */
public final class SqliteDialect extends Dialect {
    private static final ColumnTypes TYPES = new SqliteTypes(); // stateless
    private static final ScratchFactory SCRATCH = new SqliteScratch(); // stateless

    @Override
    public DdlRenderer ddl() {
        return new SqliteDdl();
    }

    @Override
    public Reflector reflector() {
        return new SqliteReflector(this);
    }

    @Override
    public ColumnTypes types() {
        return TYPES;
    }

    @Override
    public ScratchFactory scratch() {
        return SCRATCH;
    }

    @Override
    public String name() {
        return "sqlite";
    }

    /** The Maven coordinates of SQLite's JDBC driver (also wanted by an H2 file's run lock). */
    public static final String DRIVER = "org.xerial:sqlite-jdbc";

    @Override
    public String driver() {
        return DRIVER;
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
        return LockFile.acquire(db, request);
    }

    /** The database file of a sqlite-jdbc url, or null for an in-memory database. */
    public static Path databaseFile(String url) {
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


    // ---- answers for code outside dialect/ (see Dialect) ----

    @Override
    public String shortTextType() {
        return SqliteFacts.SHORT_TEXT;
    }

    @Override
    public String beginTransaction() {
        return SqliteFacts.BEGIN;
    }

    @Override
    public LintFacts lintFacts() {
        return SqliteFacts.LINT;
    }

    @Override
    public String anchored(String url, Path dir) {
        return SqliteUrls.anchored(url, dir);
    }

    @Override
    public ReadOnlyUrl readOnly(String url, Path base) {
        return SqliteUrls.readOnly(url, base);
    }

    @Override
    public boolean rendersBodiesOnline() {
        return true;
    }

    @Override
    public List<String> sqlAlchemyBackends() {
        return List.of("sqlite");
    }

    @Override
    public String fileUrl(String file) {
        return SqliteUrls.fileUrl(file);
    }

    @Override
    public SchemaRules schemaRules() {
        return SCHEMA_RULES;
    }

    private static final SchemaRules SCHEMA_RULES = new SqliteSchemaRules(); // stateless

    private static final dev.retort.dialect.Portability PORTABILITY = new SqlitePortability();

    @Override
    public dev.retort.dialect.Portability portability() {
        return PORTABILITY;
    }
}
