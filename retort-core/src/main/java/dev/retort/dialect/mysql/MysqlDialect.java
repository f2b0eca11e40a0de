package dev.retort.dialect.mysql;

import dev.retort.dialect.ColumnTypes;
import dev.retort.dialect.JpaFacts;
import dev.retort.dialect.SchemaRules;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LockPoller;
import dev.retort.dialect.LintFacts;
import dev.retort.dialect.LockRequest;
import dev.retort.dialect.ScratchFactory;
import dev.retort.dialect.SessionLock;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.schema.model.Reflector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** MySQL and MariaDB: backtick quoting, DDL that commits on its own, GET_LOCK session locks. */
public final class MysqlDialect extends Dialect {
    private static final ColumnTypes TYPES = new MysqlTypes(); // stateless
    private static final ScratchFactory SCRATCH = new MysqlScratch(); // stateless

    @Override
    public DdlRenderer ddl() {
        return new MysqlDdl();
    }

    @Override
    public Reflector reflector() {
        return new MysqlReflector(this);
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
        return "mysql";
    }

    @Override
    public String driver() {
        return "org.mariadb.jdbc:mariadb-java-client";
    }

    @Override
    protected List<String> urlPrefixes() {
        return List.of("jdbc:mariadb:", "jdbc:mysql:");
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public SqlSyntax syntax() {
        return SqlSyntax.MYSQL;
    }

    @Override
    public String quote(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            return super.quote(identifier);
        }
        return "`" + identifier.replace("`", "``") + "`";
    }

    /**
     * InnoDB keys hold at most 3072 bytes, and utf8mb4 reserves 4 bytes a character, so 768
     * characters is the longest key that still takes any letter (ids may hold non-ASCII ones).
     * The binary collation keeps ids case-sensitive, as they are everywhere else.
     */
    @Override
    public String revisionIdType() {
        return "VARCHAR(768) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";
    }

    @Override
    public int maxRevisionIdLength() {
        return 768;
    }

    @Override
    public String textType() {
        return "LONGTEXT";
    }

    @Override
    public String timestampType() {
        return "DATETIME(6)";
    }

    @Override
    public String identityColumn(String quotedName) {
        return quotedName + " BIGINT AUTO_INCREMENT PRIMARY KEY";
    }

    @Override
    public String tableOptions() {
        return " ENGINE=InnoDB ROW_FORMAT=DYNAMIC DEFAULT CHARSET=utf8mb4";
    }

    @Override
    public String currentTimestamp() {
        return "UTC_TIMESTAMP(6)";
    }

    /** DATETIME has no zone: Retort stores UTC. */
    @Override
    public void bindTimestamp(PreparedStatement ps, int index, Instant time) throws SQLException {
        ps.setObject(index, LocalDateTime.ofInstant(time, ZoneOffset.UTC));
    }

    @Override
    public Instant readTimestamp(ResultSet rs, int index) throws SQLException {
        LocalDateTime t = rs.getObject(index, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** Backslashes are escapes in MySQL strings unless NO_BACKSLASH_ESCAPES is set. */
    @Override
    public String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /**
     * GET_LOCK on the run's connection: lock names are server-wide, so the name hashes the
     * database and table; MySQL limits it to 64 characters.
     */
    @Override
    public SessionLock lock(LockRequest request) throws SQLException {
        Connection c = request.connection();
        String schema = request.schema();
        if (schema == null || schema.isEmpty()) {
            schema = queryString(c, "SELECT DATABASE()");
        }
        String name = "retort_" + lockHex(schema + "." + request.versionTable());
        LockPoller.acquire(request, waitMillis -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                ps.setString(1, name);
                ps.setLong(2, (waitMillis + 999) / 1000);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(1) == 1;
                }
            }
        }, () -> holder(c, name));
        return () -> {
            if (!c.isClosed()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    ps.setString(1, name);
                    ps.execute();
                }
            }
        };
    }

    private static String holder(Connection c, String name) throws SQLException {
        String sql = """
                SELECT p.id, p.user, p.host, p.time FROM information_schema.processlist p
                WHERE p.id = IS_USED_LOCK(?)""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "a session that just released it";
                }
                return "connection " + rs.getLong(1) + " (user " + rs.getString(2) + " from " + rs.getString(3)
                        + ", " + rs.getLong(4) + "s in its current statement)";
            }
        }
    }

    // ---- answers for code outside dialect/ (see Dialect) ----

    @Override
    public LintFacts lintFacts() {
        return MysqlFacts.LINT;
    }

    @Override
    public String driverUrl(String url) {
        return MysqlFacts.driverUrl(url);
    }

    @Override
    public boolean hasAuthority(String driverUrl) {
        return MysqlFacts.hasAuthority(driverUrl);
    }

    @Override
    public List<String> sqlAlchemyBackends() {
        return List.of("mysql", "mariadb");
    }

    @Override
    public String serverUrl(String hostPort, String database) {
        return MysqlFacts.serverUrl(hostPort, database);
    }

    @Override
    public SchemaRules schemaRules() {
        return SCHEMA_RULES;
    }

    @Override
    public JpaFacts jpa() {
        return JPA;
    }

    private static final SchemaRules SCHEMA_RULES = new MysqlSchemaRules(); // stateless
    private static final JpaFacts JPA = new MysqlJpa(); // stateless

    @Override
    public String nameOfUrl(String url) {
        return url != null && url.toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:mariadb:") ? "mariadb" : name();
    }

    @Override
    public List<String> databases() {
        return List.of("mysql", "mariadb");
    }

    @Override
    protected List<String> aliases() {
        return List.of("mariadb");
    }

    private static final dev.retort.dialect.Portability PORTABILITY = new MysqlPortability();

    @Override
    public dev.retort.dialect.Portability portability() {
        return PORTABILITY;
    }
}
