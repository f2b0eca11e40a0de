package dev.retort.dialect;

import dev.retort.dialect.sql.SqlConstruct;
import static dev.retort.dialect.PortabilityTruth.of;
import static dev.retort.support.TestDatabases.Kind.H2;
import static dev.retort.support.TestDatabases.Kind.MARIADB;
import static dev.retort.support.TestDatabases.Kind.POSTGRESQL;
import static dev.retort.support.TestDatabases.Kind.SQLITE;

import dev.retort.support.TestDatabases;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statements and clauses a database refuses (casts, ILIKE, RETURNING, upserts, ALTER forms,
 * table options, ...): each run on the real database (refused) beside the variant written for it.
 */
class PortabilitySyntaxTest {
    private static final String TABLE = "CREATE TABLE {t} (id INTEGER PRIMARY KEY, name VARCHAR(20))";

    static final List<PortabilityTruth> CASES = List.of(
            of(MARIADB, SqlConstruct.CAST_OPERATOR, "SELECT id::CHAR FROM {t}", "SELECT CAST(id AS CHAR) FROM {t}", TABLE),
            of(SQLITE, SqlConstruct.CAST_OPERATOR, "SELECT id::TEXT FROM {t}", "SELECT CAST(id AS TEXT) FROM {t}", TABLE),
            of(MARIADB, SqlConstruct.ILIKE, "SELECT id FROM {t} WHERE name ILIKE 'a%'", "SELECT id FROM {t} WHERE LOWER(name) LIKE 'a%'", TABLE),
            of(SQLITE, SqlConstruct.ILIKE, "SELECT id FROM {t} WHERE name ILIKE 'a%'", "SELECT id FROM {t} WHERE name LIKE 'a%'", TABLE),
            of(MARIADB, SqlConstruct.UPDATE_RETURNING, "UPDATE {t} SET name = 'b' RETURNING id", "UPDATE {t} SET name = 'b'", TABLE),
            of(H2, SqlConstruct.UPDATE_RETURNING, "UPDATE {t} SET name = 'b' RETURNING id", "UPDATE {t} SET name = 'b'", TABLE),
            of(H2, SqlConstruct.RETURNING, "INSERT INTO {t} (id, name) VALUES (1, 'a') RETURNING id",
                    "INSERT INTO {t} (id, name) VALUES (1, 'a')", TABLE),
            of(MARIADB, SqlConstruct.ON_CONFLICT, "INSERT INTO {t} (id, name) VALUES (1, 'a') ON CONFLICT (id) DO NOTHING",
                    "INSERT IGNORE INTO {t} (id, name) VALUES (1, 'a')", TABLE),
            of(H2, SqlConstruct.ON_CONFLICT, "INSERT INTO {t} (id, name) VALUES (1, 'a') ON CONFLICT (id) DO NOTHING",
                    "MERGE INTO {t} (id, name) KEY (id) VALUES (1, 'a')", TABLE),
            of(POSTGRESQL, SqlConstruct.ON_DUPLICATE_KEY, "INSERT INTO {t} (id, name) VALUES (1, 'a') ON DUPLICATE KEY UPDATE name = 'a'",
                    "INSERT INTO {t} (id, name) VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET name = 'a'", TABLE),
            of(SQLITE, SqlConstruct.ON_DUPLICATE_KEY, "INSERT INTO {t} (id, name) VALUES (1, 'a') ON DUPLICATE KEY UPDATE name = 'a'",
                    "INSERT INTO {t} (id, name) VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET name = 'a'", TABLE),
            of(H2, SqlConstruct.ON_DUPLICATE_KEY, "INSERT INTO {t} (id, name) VALUES (1, 'a') ON DUPLICATE KEY UPDATE name = 'a'",
                    "MERGE INTO {t} (id, name) KEY (id) VALUES (1, 'a')", TABLE),
            of(POSTGRESQL, SqlConstruct.INSERT_IGNORE, "INSERT IGNORE INTO {t} (id, name) VALUES (1, 'a')",
                    "INSERT INTO {t} (id, name) VALUES (1, 'a') ON CONFLICT DO NOTHING", TABLE),
            of(SQLITE, SqlConstruct.INSERT_IGNORE, "INSERT IGNORE INTO {t} (id, name) VALUES (1, 'a')",
                    "INSERT OR IGNORE INTO {t} (id, name) VALUES (1, 'a')", TABLE),
            of(H2, SqlConstruct.INSERT_IGNORE, "INSERT IGNORE INTO {t} (id, name) VALUES (1, 'a')",
                    "INSERT INTO {t} (id, name) VALUES (1, 'a')", TABLE),
            of(POSTGRESQL, SqlConstruct.INSERT_OR, "INSERT OR IGNORE INTO {t} (id, name) VALUES (1, 'a')",
                    "INSERT INTO {t} (id, name) VALUES (1, 'a') ON CONFLICT DO NOTHING", TABLE),
            of(MARIADB, SqlConstruct.INSERT_OR, "INSERT OR IGNORE INTO {t} (id, name) VALUES (1, 'a')",
                    "INSERT IGNORE INTO {t} (id, name) VALUES (1, 'a')", TABLE),
            of(H2, SqlConstruct.INSERT_OR, "INSERT OR REPLACE INTO {t} (id, name) VALUES (1, 'a')",
                    "MERGE INTO {t} (id, name) KEY (id) VALUES (1, 'a')", TABLE),
            of(POSTGRESQL, SqlConstruct.REPLACE_INTO, "REPLACE INTO {t} (id, name) VALUES (1, 'a')",
                    "INSERT INTO {t} (id, name) VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET name = 'a'", TABLE),
            of(H2, SqlConstruct.REPLACE_INTO, "REPLACE INTO {t} (id, name) VALUES (1, 'a')",
                    "MERGE INTO {t} (id, name) KEY (id) VALUES (1, 'a')", TABLE),
            of(POSTGRESQL, SqlConstruct.TABLE_OPTIONS, "CREATE TABLE {t} (id INTEGER) ENGINE=InnoDB", "CREATE TABLE {t} (id INTEGER)"),
            of(SQLITE, SqlConstruct.TABLE_OPTIONS, "CREATE TABLE {t} (id INTEGER) DEFAULT CHARSET=utf8mb4", "CREATE TABLE {t} (id INTEGER)"),
            of(H2, SqlConstruct.TABLE_OPTIONS, "CREATE TABLE {t} (id INTEGER) ENGINE=InnoDB", "CREATE TABLE {t} (id INTEGER)"),
            of(POSTGRESQL, SqlConstruct.OR_REPLACE_TABLE, "CREATE OR REPLACE TABLE {t} (id INTEGER)", "CREATE TABLE {t} (id INTEGER)"),
            of(SQLITE, SqlConstruct.OR_REPLACE_TABLE, "CREATE OR REPLACE TABLE {t} (id INTEGER)", "CREATE TABLE {t} (id INTEGER)"),
            of(SQLITE, SqlConstruct.OR_REPLACE_VIEW, "CREATE OR REPLACE VIEW {t}_v AS SELECT id FROM {t}",
                    "CREATE VIEW {t}_v AS SELECT id FROM {t}", TABLE),
            of(POSTGRESQL, SqlConstruct.VIEW_IF_NOT_EXISTS, "CREATE VIEW IF NOT EXISTS {t}_v AS SELECT id FROM {t}",
                    "CREATE OR REPLACE VIEW {t}_v AS SELECT id FROM {t}", TABLE),
            of(SQLITE, SqlConstruct.COLUMN_IF_EXISTS, "ALTER TABLE {t} ADD COLUMN IF NOT EXISTS note TEXT",
                    "ALTER TABLE {t} ADD COLUMN note TEXT", TABLE),
            of(POSTGRESQL, SqlConstruct.DROP_INDEX_ON_TABLE, "DROP INDEX {t}_ix ON {t}", "DROP INDEX {t}_ix", TABLE,
                    "CREATE INDEX {t}_ix ON {t} (name)"),
            of(SQLITE, SqlConstruct.DROP_INDEX_ON_TABLE, "DROP INDEX {t}_ix ON {t}", "DROP INDEX {t}_ix", TABLE,
                    "CREATE INDEX {t}_ix ON {t} (name)"),
            of(MARIADB, SqlConstruct.DROP_INDEX_WITHOUT_TABLE, "DROP INDEX {t}_ix", "DROP INDEX {t}_ix ON {t}", TABLE,
                    "CREATE INDEX {t}_ix ON {t} (name)"),
            of(POSTGRESQL, SqlConstruct.MODIFY_COLUMN, "ALTER TABLE {t} MODIFY name VARCHAR(30)",
                    "ALTER TABLE {t} ALTER COLUMN name TYPE VARCHAR(30)", TABLE),
            of(SQLITE, SqlConstruct.MODIFY_COLUMN, "ALTER TABLE {t} MODIFY name VARCHAR(30)", "ALTER TABLE {t} ADD COLUMN note TEXT", TABLE),
            of(H2, SqlConstruct.MODIFY_COLUMN, "ALTER TABLE {t} CHANGE name name VARCHAR(30)",
                    "ALTER TABLE {t} ALTER COLUMN name SET DATA TYPE VARCHAR(30)", TABLE),
            of(MARIADB, SqlConstruct.ALTER_COLUMN_TYPE, "ALTER TABLE {t} ALTER COLUMN name TYPE VARCHAR(30)",
                    "ALTER TABLE {t} MODIFY name VARCHAR(30)", TABLE),
            of(SQLITE, SqlConstruct.ALTER_COLUMN_TYPE, "ALTER TABLE {t} ALTER COLUMN name TYPE VARCHAR(30)",
                    "ALTER TABLE {t} RENAME COLUMN name TO title", TABLE),
            of(MARIADB, SqlConstruct.ALTER_COLUMN_NULL, "ALTER TABLE {t} ALTER COLUMN name SET NOT NULL",
                    "ALTER TABLE {t} MODIFY name VARCHAR(20) NOT NULL", TABLE),
            of(SQLITE, SqlConstruct.ALTER_COLUMN_NULL, "ALTER TABLE {t} ALTER COLUMN name SET NOT NULL",
                    "ALTER TABLE {t} DROP COLUMN name", TABLE),
            of(SQLITE, SqlConstruct.ALTER_COLUMN_DEFAULT, "ALTER TABLE {t} ALTER COLUMN name SET DEFAULT 'x'",
                    "ALTER TABLE {t} ADD COLUMN note TEXT DEFAULT 'x'", TABLE),
            of(SQLITE, SqlConstruct.ALTER_CONSTRAINT, "ALTER TABLE {t} ADD CONSTRAINT {t}_ck CHECK (id > 0)",
                    "CREATE TABLE {t}_2 (id INTEGER, CONSTRAINT {t}_ck CHECK (id > 0))", TABLE),
            of(POSTGRESQL, SqlConstruct.ALTER_DROP_INDEX, "ALTER TABLE {t} DROP INDEX {t}_ix", "DROP INDEX {t}_ix", TABLE,
                    "CREATE INDEX {t}_ix ON {t} (name)"),
            of(SQLITE, SqlConstruct.ALTER_DROP_INDEX, "ALTER TABLE {t} DROP INDEX {t}_ix", "DROP INDEX {t}_ix", TABLE,
                    "CREATE INDEX {t}_ix ON {t} (name)"),
            of(H2, SqlConstruct.ALTER_DROP_INDEX, "ALTER TABLE {t} DROP INDEX {t}_ix", "DROP INDEX {t}_ix", TABLE,
                    "CREATE INDEX {t}_ix ON {t} (name)"),
            of(SQLITE, SqlConstruct.SEVERAL_ALTER_ACTIONS, "ALTER TABLE {t} ADD COLUMN a INTEGER, ADD COLUMN b INTEGER",
                    "ALTER TABLE {t} ADD COLUMN a INTEGER", TABLE),
            of(H2, SqlConstruct.SEVERAL_ALTER_ACTIONS, "ALTER TABLE {t} ADD COLUMN a INTEGER, ADD COLUMN b INTEGER",
                    "ALTER TABLE {t} ADD COLUMN a INTEGER", TABLE),
            of(MARIADB, SqlConstruct.NOT_VALID, "ALTER TABLE {t} ADD CONSTRAINT {t}_ck CHECK (id > 0) NOT VALID",
                    "ALTER TABLE {t} ADD CONSTRAINT {t}_ck CHECK (id > 0)", TABLE),
            of(SQLITE, SqlConstruct.NOT_VALID, "CREATE TABLE {t}_2 (id INTEGER, CONSTRAINT {t}_ck CHECK (id > 0) NOT VALID)",
                    "CREATE TABLE {t}_2 (id INTEGER, CONSTRAINT {t}_ck CHECK (id > 0))", TABLE),
            of(H2, SqlConstruct.NOT_VALID, "ALTER TABLE {t} ADD CONSTRAINT {t}_ck CHECK (id > 0) NOT VALID",
                    "ALTER TABLE {t} ADD CONSTRAINT {t}_ck CHECK (id > 0)", TABLE),
            of(MARIADB, SqlConstruct.CONCURRENTLY, "CREATE INDEX CONCURRENTLY {t}_ix ON {t} (name)", "CREATE INDEX {t}_ix ON {t} (name)", TABLE),
            of(SQLITE, SqlConstruct.CONCURRENTLY, "CREATE INDEX CONCURRENTLY {t}_ix ON {t} (name)", "CREATE INDEX {t}_ix ON {t} (name)", TABLE),
            of(H2, SqlConstruct.CONCURRENTLY, "CREATE INDEX CONCURRENTLY {t}_ix ON {t} (name)", "CREATE INDEX {t}_ix ON {t} (name)", TABLE),
            of(POSTGRESQL, SqlConstruct.COLUMN_POSITION, "ALTER TABLE {t} ADD COLUMN note TEXT AFTER id",
                    "ALTER TABLE {t} ADD COLUMN note TEXT", TABLE),
            of(POSTGRESQL, SqlConstruct.AUTO_INCREMENT, "CREATE TABLE {t} (id INTEGER AUTO_INCREMENT PRIMARY KEY)",
                    "CREATE TABLE {t} (id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)"),
            of(POSTGRESQL, SqlConstruct.AUTOINCREMENT, "CREATE TABLE {t} (id INTEGER PRIMARY KEY AUTOINCREMENT)",
                    "CREATE TABLE {t} (id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)"),
            of(MARIADB, SqlConstruct.AUTOINCREMENT, "CREATE TABLE {t} (id INTEGER PRIMARY KEY AUTOINCREMENT)",
                    "CREATE TABLE {t} (id INTEGER PRIMARY KEY AUTO_INCREMENT)"),
            of(H2, SqlConstruct.AUTOINCREMENT, "CREATE TABLE {t} (id INTEGER PRIMARY KEY AUTOINCREMENT)",
                    "CREATE TABLE {t} (id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)"),
            of(POSTGRESQL, SqlConstruct.INLINE_INDEX, "CREATE TABLE {t} (a INTEGER, KEY {t}_k (a))", "CREATE TABLE {t} (a INTEGER)"),
            of(SQLITE, SqlConstruct.INLINE_INDEX, "CREATE TABLE {t} (a INTEGER, INDEX {t}_k (a))", "CREATE TABLE {t} (a INTEGER)"),
            of(H2, SqlConstruct.INLINE_INDEX, "CREATE TABLE {t} (a INTEGER, UNIQUE KEY {t}_k (a))",
                    "CREATE TABLE {t} (a INTEGER, CONSTRAINT {t}_k UNIQUE (a))"),
            of(POSTGRESQL, SqlConstruct.RENAME_TABLE, "RENAME TABLE {t} TO {t}_2", "ALTER TABLE {t} RENAME TO {t}_2", TABLE),
            of(SQLITE, SqlConstruct.RENAME_TABLE, "RENAME TABLE {t} TO {t}_2", "ALTER TABLE {t} RENAME TO {t}_2", TABLE),
            of(H2, SqlConstruct.RENAME_TABLE, "RENAME TABLE {t} TO {t}_2", "ALTER TABLE {t} RENAME TO {t}_2", TABLE),
            of(MARIADB, SqlConstruct.IDENTITY, "CREATE TABLE {t} (id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)",
                    "CREATE TABLE {t} (id INTEGER AUTO_INCREMENT PRIMARY KEY)"),
            of(SQLITE, SqlConstruct.IDENTITY, "CREATE TABLE {t} (id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY)",
                    "CREATE TABLE {t} (id INTEGER PRIMARY KEY)"),
            of(MARIADB, SqlConstruct.COMMENT_ON, "COMMENT ON TABLE {t} IS 'people'", "ALTER TABLE {t} COMMENT = 'people'", TABLE),
            of(SQLITE, SqlConstruct.COMMENT_ON, "COMMENT ON TABLE {t} IS 'people'", "SELECT 1", TABLE),
            of(POSTGRESQL, SqlConstruct.COLUMN_COMMENT, "CREATE TABLE {t} (id INTEGER COMMENT 'key')", "CREATE TABLE {t} (id INTEGER)"),
            of(POSTGRESQL, SqlConstruct.ON_UPDATE_TIMESTAMP,
                    "CREATE TABLE {t} (a TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP)",
                    "CREATE TABLE {t} (a TIMESTAMP DEFAULT CURRENT_TIMESTAMP)"),
            of(SQLITE, SqlConstruct.ON_UPDATE_TIMESTAMP,
                    "CREATE TABLE {t} (a TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP)",
                    "CREATE TABLE {t} (a TIMESTAMP DEFAULT CURRENT_TIMESTAMP)"),
            of(MARIADB, SqlConstruct.CREATE_EXTENSION, "CREATE EXTENSION IF NOT EXISTS pgcrypto", "SELECT 1"),
            of(SQLITE, SqlConstruct.CREATE_EXTENSION, "CREATE EXTENSION IF NOT EXISTS pgcrypto", "SELECT 1"),
            of(H2, SqlConstruct.CREATE_EXTENSION, "CREATE EXTENSION IF NOT EXISTS pgcrypto", "SELECT 1"),
            of(SQLITE, SqlConstruct.CREATE_SEQUENCE, "CREATE SEQUENCE {t}_seq", "CREATE TABLE {t}_seq (id INTEGER PRIMARY KEY)"),
            of(SQLITE, SqlConstruct.TRUNCATE, "TRUNCATE TABLE {t}", "DELETE FROM {t}", TABLE));

    private static final TestDatabases DATABASES = new TestDatabases(PortabilitySyntaxTest.class);

    @AfterAll
    static void drop() throws Exception {
        DATABASES.close();
    }

    static Stream<Arguments> cases() {
        return PortabilityTruth.numbered(CASES);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void theDatabaseRefusesWhatItsFolderSays(int n, PortabilityTruth c) throws Exception {
        c.prove(DATABASES.get(c.kind()), n);
    }
}
