package dev.retort.dialect.mysql;

import dev.retort.dialect.Portability;
import dev.retort.dialect.sql.SqlConstruct;
import dev.retort.dialect.sql.TypeName;

/**
 * What MariaDB (in its default sql_mode, without ANSI_QUOTES) refuses, each proven on a real
 * server by PortabilityQuotingTest, PortabilityTypesTest, PortabilitySyntaxTest. MySQL refuses at
 * least as much.
 */
final class MysqlPortability implements Portability {
    @Override
    public String refuses(SqlConstruct c) {
        return switch (c) {
            case DOUBLE_QUOTED_NAME -> "MySQL and MariaDB read \"x\" as a string unless sql_mode has ANSI_QUOTES; "
                    + "write the name unquoted (or in backticks in a section of its own)";
            case BRACKET_NAME -> "MySQL and MariaDB quote names with backticks; write the name unquoted";
            case CAST_OPERATOR -> "MySQL and MariaDB have no :: cast; write CAST(x AS type)";
            case DOLLAR_QUOTE, TAGGED_DOLLAR_QUOTE -> "MySQL and MariaDB have no dollar quoting; write a single-quoted string";
            case ESCAPE_STRING -> "MySQL and MariaDB have no E'...' strings (their '...' strings take backslash escapes)";
            case DASH_COMMENT_WITHOUT_SPACE -> "MySQL and MariaDB start a comment only at '-- ' with a space";
            case ILIKE -> "MySQL and MariaDB have no ILIKE; write LOWER(a) LIKE LOWER(b)";
            case UPDATE_RETURNING -> "MariaDB has no UPDATE ... RETURNING; read the rows with a SELECT";
            case ON_CONFLICT -> "MySQL and MariaDB write upserts as INSERT ... ON DUPLICATE KEY UPDATE";
            case INSERT_OR -> "MySQL and MariaDB write INSERT IGNORE or REPLACE";
            case DROP_INDEX_WITHOUT_TABLE -> "MySQL and MariaDB name the table: DROP INDEX name ON table";
            case ALTER_COLUMN_TYPE -> "MySQL and MariaDB change a type with ALTER TABLE t MODIFY c type";
            case ALTER_COLUMN_NULL -> "MySQL and MariaDB change nullability with ALTER TABLE t MODIFY c type [NOT] NULL";
            case NOT_VALID -> "MySQL and MariaDB check every row when a constraint is added; leave NOT VALID out";
            case CONCURRENTLY -> "MySQL and MariaDB have no CONCURRENTLY (InnoDB builds indexes online); leave it out";
            case AUTOINCREMENT -> "MySQL and MariaDB spell it AUTO_INCREMENT";
            case IDENTITY -> "MySQL and MariaDB have no identity columns; write AUTO_INCREMENT (or the Java DSL's identity column)";
            case COMMENT_ON -> "MySQL and MariaDB write comments as COMMENT '...' in the column or table definition";
            case CREATE_EXTENSION -> "MySQL and MariaDB have no extensions";
            default -> null;
        };
    }

    @Override
    public String refusesType(TypeName type) {
        if (type.array()) {
            return "MySQL and MariaDB have no array types; use JSON or a table of its own";
        }
        return switch (type.base()) {
            case "BIGSERIAL", "SMALLSERIAL" -> "MySQL and MariaDB have no " + type.base() + "; write BIGINT AUTO_INCREMENT";
            case "JSONB" -> "MySQL and MariaDB have no JSONB; write JSON";
            case "BYTEA" -> "MySQL and MariaDB have no BYTEA; write BLOB (or VARBINARY(n))";
            case "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE" -> "MySQL and MariaDB have no time zone in a type; write TIMESTAMP (UTC)";
            case "TIMETZ", "TIME WITH TIME ZONE" -> "MySQL and MariaDB have no time zone in a type; write TIME";
            case "VARCHAR", "CHARACTER VARYING" -> type.hasArgs() ? null : "MySQL and MariaDB need a length: VARCHAR(n), or TEXT";
            case "CLOB" -> "MySQL and MariaDB have no CLOB; write TEXT (or LONGTEXT)";
            case "INTERVAL", "MONEY", "INET", "CIDR", "XML", "CITEXT", "TSVECTOR" ->
                    "MySQL and MariaDB have no " + type.base() + " type";
            default -> null;
        };
    }
}
