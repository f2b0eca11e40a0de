package dev.retort.dialect.sqlite;

import dev.retort.dialect.Portability;
import dev.retort.dialect.sql.SqlConstruct;
import dev.retort.dialect.sql.TypeName;

/**
 * What SQLite refuses, each proven by PortabilityQuotingTest, PortabilityTypesTest,
 * PortabilitySyntaxTest. SQLite takes any words as a column type, so only types whose
 * arguments it cannot parse are refused; its ALTER TABLE knows only ADD, DROP and RENAME COLUMN.
 */
final class SqlitePortability implements Portability {
    @Override
    public String refuses(SqlConstruct c) {
        return switch (c) {
            case CAST_OPERATOR -> "SQLite has no :: cast; write CAST(x AS type)";
            case ESCAPE_STRING -> "SQLite has no E'...' strings; write the character itself in a '...' string";
            case HASH_COMMENT -> "SQLite has no # comments; write -- comments";
            case ILIKE -> "SQLite has no ILIKE (its LIKE ignores ASCII case); write LIKE";
            case ON_DUPLICATE_KEY -> "SQLite writes upserts as INSERT ... ON CONFLICT (key) DO UPDATE";
            case INSERT_IGNORE -> "SQLite writes INSERT OR IGNORE";
            case TABLE_OPTIONS -> "SQLite has no ENGINE or CHARSET table options; leave them out";
            case OR_REPLACE_TABLE -> "SQLite has no CREATE OR REPLACE TABLE; write DROP TABLE IF EXISTS, then CREATE TABLE";
            case OR_REPLACE_VIEW -> "SQLite has no CREATE OR REPLACE VIEW; write DROP VIEW IF EXISTS, then CREATE VIEW";
            case COLUMN_IF_EXISTS -> "SQLite's ALTER TABLE has no IF [NOT] EXISTS for columns";
            case DROP_INDEX_ON_TABLE -> "SQLite's DROP INDEX names the index alone";
            case MODIFY_COLUMN, ALTER_COLUMN_TYPE, ALTER_COLUMN_NULL, ALTER_COLUMN_DEFAULT, ALTER_CONSTRAINT ->
                    "SQLite's ALTER TABLE cannot change columns or constraints: the table must be rebuilt "
                            + "(the Java DSL does that for you)";
            case ALTER_DROP_INDEX -> "SQLite drops an index with DROP INDEX name";
            case SEVERAL_ALTER_ACTIONS -> "SQLite's ALTER TABLE takes one action; write one statement per action";
            case NOT_VALID -> "SQLite has no NOT VALID constraints";
            case CONCURRENTLY -> "SQLite has no CONCURRENTLY; leave it out";
            case INLINE_INDEX -> "SQLite creates indexes with CREATE INDEX after the table";
            case RENAME_TABLE -> "SQLite renames with ALTER TABLE x RENAME TO y";
            case IDENTITY -> "SQLite has no identity columns; write INTEGER PRIMARY KEY (or the Java DSL's identity column)";
            case COMMENT_ON -> "SQLite has no comments on tables or columns";
            case ON_UPDATE_TIMESTAMP -> "SQLite has no ON UPDATE for columns; use a trigger";
            case CREATE_EXTENSION -> "SQLite has no extensions";
            case CREATE_SEQUENCE -> "SQLite has no sequences; use INTEGER PRIMARY KEY";
            case TRUNCATE -> "SQLite has no TRUNCATE; write DELETE FROM t";
            default -> null;
        };
    }

    @Override
    public String refusesType(TypeName type) {
        return switch (type.base()) {
            case "ENUM", "SET" -> "SQLite cannot read " + type.base() + "('a', ...) as a type; write TEXT with a CHECK";
            default -> null;
        };
    }
}
