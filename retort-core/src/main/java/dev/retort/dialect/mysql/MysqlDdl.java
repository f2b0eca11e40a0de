package dev.retort.dialect.mysql;

import dev.retort.RetortException;
import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.dialect.ddl.Step;
import dev.retort.Column;
import dev.retort.Operation;
import dev.retort.Type;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * MySQL and MariaDB: backtick quoting, AUTO_INCREMENT, no partial indexes. Changing a column's
 * type or nullability rewrites its whole definition (MODIFY COLUMN), so the parts that do not
 * change are read from information_schema, or offline from the change's existing values.
 */
public final class MysqlDdl extends DdlRenderer {

    @Override
    public String dialect() {
        return "mysql";
    }

    @Override
    public SqlSyntax syntax() {
        return SqlSyntax.MYSQL;
    }

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** Backslash is an escape character in MySQL strings unless NO_BACKSLASH_ESCAPES is set. */
    @Override
    public String stringLiteral(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    protected Object bindValue(Object value) {
        return value instanceof UUID ? value.toString() : super.bindValue(value);
    }

    @Override
    public String type(Type t) {
        return switch (t.kind()) {
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INT";
            case BIGINT -> "BIGINT";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> "VARCHAR(" + t.length() + ")";
            case TEXT -> "LONGTEXT";
            case NUMERIC -> "DECIMAL(" + t.precision() + ", " + t.scale() + ")";
            case REAL -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case TIME -> "TIME(6)";
            case TIMESTAMP -> "DATETIME(6)";
            case TIMESTAMPTZ -> "TIMESTAMP(6)";
            case UUID -> "CHAR(36)";
            case JSON -> "JSON";
            case BLOB -> "LONGBLOB";
            case RAW -> t.raw();
        };
    }

    /** An explicit NULL: without it, older servers make TIMESTAMP columns NOT NULL with magic defaults. */
    @Override
    protected String nullability(Column c) {
        return c.nullable() ? (c.type().kind() == Type.Kind.TIMESTAMPTZ ? " NULL" : "") : " NOT NULL";
    }

    @Override
    protected String autoIncrement(Column c) {
        return "AUTO_INCREMENT";
    }

    @Override
    protected boolean partialIndexes() {
        return false;
    }

    @Override
    protected List<String> dropIndex(Operation.DropIndex o) {
        return List.of("DROP INDEX " + quote(o.name()) + " ON " + quote(o.table()));
    }

    @Override
    protected List<Step> dropConstraint(Operation.DropConstraint o, Connection c) throws SQLException {
        String kind = o.definition() != null ? o.definition().kind() : c != null ? liveKind(o, c) : "";
        String alter = "ALTER TABLE " + quote(o.table());
        if (kind.equals("primary key") || o.name().equalsIgnoreCase("PRIMARY")) {
            return steps(alter + " DROP PRIMARY KEY");
        } else if (kind.equals("foreign key")) {
            return steps(alter + " DROP FOREIGN KEY " + quote(o.name()));
        }
        return steps(alter + " DROP CONSTRAINT " + quote(o.name())); // MariaDB 10.2+, MySQL 8.0.19+
    }

    private String liveKind(Operation.DropConstraint o, Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CONSTRAINT_NAME = ?")) {
            ps.setString(1, o.table());
            ps.setString(2, o.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1).toLowerCase(Locale.ROOT) : "";
            }
        }
    }

    @Override
    protected List<Step> alterColumn(Operation.AlterColumn o, Connection c) throws SQLException {
        String alter = "ALTER TABLE " + quote(o.table());
        List<String> sql = new ArrayList<>();
        if (o.type() != null || o.nullable() != null) {
            Current now = c != null ? live(o, c) : offline(o);
            String type = o.type() != null ? type(o.type()) : now.type();
            boolean nullable = o.nullable() != null ? o.nullable() : now.nullable();
            String dflt = o.newDefault() != null ? o.newDefault().sql() : now.defaultSql();
            sql.add(alter + " MODIFY COLUMN " + quote(o.column()) + " " + type + (nullable ? " NULL" : " NOT NULL")
                    + (dflt == null ? "" : " DEFAULT " + dflt) + (now.autoIncrement() ? " AUTO_INCREMENT" : ""));
        } else if (o.newDefault() != null) {
            String d = o.newDefault().sql();
            sql.add(alter + " ALTER COLUMN " + quote(o.column()) + (d == null ? " DROP DEFAULT" : " SET DEFAULT " + d));
        }
        if (o.newName() != null) {
            sql.add(renameColumn(o.table(), o.column(), o.newName()));
        }
        return steps(sql);
    }

    /** The parts of a column definition that MODIFY COLUMN would otherwise reset. */
    private record Current(String type, boolean nullable, String defaultSql, boolean autoIncrement) {}

    private Current offline(Operation.AlterColumn o) {
        List<String> missing = new ArrayList<>();
        if (o.type() == null && o.existingType() == null) {
            missing.add("existingType(...)");
        }
        if (o.nullable() == null && o.existingNullable() == null) {
            missing.add("existingNullable(...)");
        }
        if (o.newDefault() == null && o.existingDefault() == null) {
            missing.add("existingDefault(...)");
        }
        if (!missing.isEmpty()) {
            throw RetortException.usage("mysql: " + o.describe() + " rewrites the whole column definition, and offline"
                    + " (--sql) Retort cannot read the parts that stay: give " + String.join(", ", missing),
                    "add them to the alterColumn change, or run against the database");
        }
        return new Current(o.existingType() == null ? null : type(o.existingType()),
                o.existingNullable() != null && o.existingNullable(),
                o.existingDefault() == null ? null : o.existingDefault().sql(), false);
    }

    private Current live(Operation.AlterColumn o, Connection c) throws SQLException {
        boolean mariadb = c.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb");
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            ps.setString(1, o.table());
            ps.setString(2, o.column());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new RetortException(RetortException.Kind.FAILED, "mysql: " + o.describe()
                            + ": no such column in the current database", "check the table and column names (they are case-sensitive here)");
                }
                String extra = rs.getString(4) == null ? "" : rs.getString(4).toLowerCase(Locale.ROOT);
                return new Current(rs.getString(1), rs.getString(2).equals("YES"),
                        defaultSql(rs.getString(3), mariadb, extra), extra.contains("auto_increment"));
            }
        }
    }

    /**
     * MariaDB reports defaults as SQL (quoted literals, the word NULL); MySQL reports the bare
     * value and marks expressions DEFAULT_GENERATED.
     */
    private String defaultSql(String reported, boolean mariadb, String extra) {
        if (reported == null || (mariadb && reported.equals("NULL"))) {
            return null;
        }
        if (mariadb || extra.contains("default_generated") || reported.matches("-?\\d+(\\.\\d+)?")) {
            return reported;
        }
        return stringLiteral(reported);
    }

    /** MariaDB: no zone in literals. */
    @Override
    protected String offsetLiteral(OffsetDateTime t) {
        return utcLiteral(t);
    }
}
