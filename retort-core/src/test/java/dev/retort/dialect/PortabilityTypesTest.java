package dev.retort.dialect;

import static dev.retort.dialect.PortabilityTruth.type;
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
 * Column types a database refuses: each, run on the real database (refused) beside the type
 * its folder suggests instead (accepted).
 */
class PortabilityTypesTest {
    static final List<PortabilityTruth> CASES = List.of(
            type(POSTGRESQL, "TINYINT", "SMALLINT"),
            type(POSTGRESQL, "TINYINT(1)", "BOOLEAN"),
            type(POSTGRESQL, "MEDIUMINT", "INTEGER"),
            type(POSTGRESQL, "INT(11)", "INT"),
            type(POSTGRESQL, "INT UNSIGNED", "BIGINT"),
            type(POSTGRESQL, "DATETIME", "TIMESTAMP"),
            type(POSTGRESQL, "DATETIME(6)", "TIMESTAMP(6)"),
            type(POSTGRESQL, "LONGTEXT", "TEXT"),
            type(POSTGRESQL, "MEDIUMTEXT", "TEXT"),
            type(POSTGRESQL, "TINYTEXT", "TEXT"),
            type(POSTGRESQL, "TEXT(100)", "VARCHAR(100)"),
            type(POSTGRESQL, "CLOB", "TEXT"),
            type(POSTGRESQL, "NVARCHAR(10)", "VARCHAR(10)"),
            type(POSTGRESQL, "BLOB", "BYTEA"),
            type(POSTGRESQL, "LONGBLOB", "BYTEA"),
            type(POSTGRESQL, "VARBINARY(10)", "BYTEA"),
            type(POSTGRESQL, "BINARY(16)", "BYTEA"),
            type(POSTGRESQL, "YEAR", "SMALLINT"),
            type(POSTGRESQL, "DOUBLE", "DOUBLE PRECISION"),
            type(POSTGRESQL, "ENUM('a', 'b')", "VARCHAR(1) CHECK (c IN ('a', 'b'))"),
            type(POSTGRESQL, "SET('a', 'b')", "VARCHAR(3)"),
            type(MARIADB, "BIGSERIAL", "SERIAL"),
            type(MARIADB, "SMALLSERIAL", "SMALLINT"),
            type(MARIADB, "JSONB", "JSON"),
            type(MARIADB, "BYTEA", "BLOB"),
            type(MARIADB, "TIMESTAMPTZ", "TIMESTAMP"),
            type(MARIADB, "TIMESTAMP WITH TIME ZONE", "TIMESTAMP"),
            type(MARIADB, "TIMETZ", "TIME"),
            type(MARIADB, "TIME WITH TIME ZONE", "TIME"),
            type(MARIADB, "VARCHAR", "VARCHAR(20)"),
            type(MARIADB, "CHARACTER VARYING", "CHARACTER VARYING(20)"),
            type(MARIADB, "CLOB", "LONGTEXT"),
            type(MARIADB, "INTEGER[]", "JSON"),
            type(MARIADB, "INTERVAL", "BIGINT"),
            type(MARIADB, "MONEY", "DECIMAL(19,4)"),
            type(MARIADB, "INET", "VARCHAR(45)"),
            type(MARIADB, "CIDR", "VARCHAR(45)"),
            type(MARIADB, "XML", "TEXT"),
            type(MARIADB, "CITEXT", "TEXT"),
            type(MARIADB, "TSVECTOR", "TEXT"),
            type(SQLITE, "ENUM('a', 'b')", "TEXT CHECK (c IN ('a', 'b'))"),
            type(SQLITE, "SET('a', 'b')", "TEXT"),
            type(H2, "JSONB", "JSON"),
            type(H2, "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE"),
            type(H2, "TIMETZ", "TIME WITH TIME ZONE"),
            type(H2, "SMALLSERIAL", "SMALLINT"),
            type(H2, "INTERVAL", "INTERVAL DAY TO SECOND"),
            type(H2, "BIT(1)", "BOOLEAN"),
            type(H2, "YEAR", "SMALLINT"),
            type(H2, "SET('a', 'b')", "VARCHAR(3)"),
            type(H2, "MONEY", "DECIMAL(19,4)"),
            type(H2, "INET", "VARCHAR(45)"),
            type(H2, "CIDR", "VARCHAR(45)"),
            type(H2, "XML", "CLOB"),
            type(H2, "CITEXT", "VARCHAR(100)"),
            type(H2, "TSVECTOR", "VARCHAR(100)"),
            type(H2, "INT UNSIGNED", "BIGINT"),
            type(H2, "INT(11)", "INT"),
            type(H2, "TINYINT(1)", "BOOLEAN"),
            type(H2, "INTEGER[]", "INTEGER ARRAY"));

    private static final TestDatabases DATABASES = new TestDatabases(PortabilityTypesTest.class);

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
