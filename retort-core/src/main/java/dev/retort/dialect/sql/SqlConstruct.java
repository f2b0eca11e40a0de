package dev.retort.dialect.sql;

/**
 * A piece of SQL that some databases refuse. {@code dialect.sql.SqlConstructs} finds them in a
 * statement as one database's lexer reads it; each database answers whether it refuses one
 * ({@link Portability}), so the knowledge of who accepts what stays in the database folders.
 */
public enum SqlConstruct {
    DOUBLE_QUOTED_NAME("a name in double quotes"),
    BACKTICK_NAME("a name in backticks"),
    BRACKET_NAME("a name in square brackets"),
    DOUBLE_QUOTED_VALUE("a string in double quotes"),
    CAST_OPERATOR("the :: cast"),
    DOLLAR_QUOTE("a $$ string"),
    TAGGED_DOLLAR_QUOTE("a $tag$ string"),
    ESCAPE_STRING("an E'...' string"),
    HASH_COMMENT("a # comment"),
    DASH_COMMENT_WITHOUT_SPACE("a -- comment without a space after the dashes"),
    ILIKE("ILIKE"),
    RETURNING("INSERT or DELETE ... RETURNING"),
    UPDATE_RETURNING("UPDATE ... RETURNING"),
    ON_CONFLICT("INSERT ... ON CONFLICT"),
    ON_DUPLICATE_KEY("INSERT ... ON DUPLICATE KEY UPDATE"),
    INSERT_IGNORE("INSERT IGNORE"),
    INSERT_OR("INSERT OR IGNORE/REPLACE"),
    REPLACE_INTO("REPLACE INTO"),
    TABLE_OPTIONS("table options after CREATE TABLE (ENGINE=, CHARSET=, ...)"),
    OR_REPLACE_TABLE("CREATE OR REPLACE TABLE"),
    OR_REPLACE_VIEW("CREATE OR REPLACE VIEW"),
    VIEW_IF_NOT_EXISTS("CREATE VIEW IF NOT EXISTS"),
    COLUMN_IF_EXISTS("ADD/DROP COLUMN IF [NOT] EXISTS"),
    DROP_INDEX_ON_TABLE("DROP INDEX ... ON table"),
    DROP_INDEX_WITHOUT_TABLE("DROP INDEX without ON table"),
    MODIFY_COLUMN("ALTER TABLE ... MODIFY/CHANGE column"),
    ALTER_COLUMN_TYPE("ALTER COLUMN ... TYPE"),
    ALTER_COLUMN_NULL("ALTER COLUMN ... SET/DROP NOT NULL"),
    ALTER_COLUMN_DEFAULT("ALTER COLUMN ... SET/DROP DEFAULT"),
    ALTER_CONSTRAINT("ALTER TABLE ... ADD/DROP CONSTRAINT"),
    ALTER_DROP_INDEX("ALTER TABLE ... DROP INDEX/KEY"),
    SEVERAL_ALTER_ACTIONS("several actions in one ALTER TABLE"),
    NOT_VALID("NOT VALID"),
    CONCURRENTLY("CREATE/DROP INDEX CONCURRENTLY"),
    COLUMN_POSITION("FIRST/AFTER column placement"),
    AUTO_INCREMENT("AUTO_INCREMENT"),
    AUTOINCREMENT("AUTOINCREMENT"),
    INLINE_INDEX("KEY/INDEX inside CREATE TABLE"),
    RENAME_TABLE("RENAME TABLE"),
    IDENTITY("GENERATED ... AS IDENTITY"),
    COMMENT_ON("COMMENT ON"),
    COLUMN_COMMENT("COMMENT '...' on a column"),
    ON_UPDATE_TIMESTAMP("ON UPDATE CURRENT_TIMESTAMP"),
    CREATE_EXTENSION("CREATE EXTENSION"),
    CREATE_SEQUENCE("CREATE SEQUENCE"),
    TRUNCATE("TRUNCATE");

    private final String label;

    SqlConstruct(String label) {
        this.label = label;
    }

    /** What it is, for messages. */
    public String label() {
        return label;
    }
}
