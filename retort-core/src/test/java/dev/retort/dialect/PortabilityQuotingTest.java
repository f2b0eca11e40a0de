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
 * Quoting, strings and comments that a database reads differently: each refusal its folder
 * declares, run on the real database (refused) beside the variant written for it (accepted).
 */
class PortabilityQuotingTest {
    static final List<PortabilityTruth> CASES = List.of(
            of(MARIADB, SqlConstruct.DOUBLE_QUOTED_NAME, "CREATE TABLE \"{t}\" (id INTEGER)", "CREATE TABLE {t} (id INTEGER)"),
            of(MARIADB, SqlConstruct.DOUBLE_QUOTED_NAME, "CREATE TABLE {t} (\"id\" INTEGER, PRIMARY KEY (\"id\"))",
                    "CREATE TABLE {t} (id INTEGER, PRIMARY KEY (id))"),
            of(MARIADB, SqlConstruct.DOUBLE_QUOTED_NAME, "INSERT INTO \"{t}\" (id) VALUES (1)", "INSERT INTO {t} (id) VALUES (1)",
                    "CREATE TABLE {t} (id INTEGER)"),
            of(MARIADB, SqlConstruct.DOUBLE_QUOTED_NAME, "ALTER TABLE {t} ADD COLUMN \"name\" VARCHAR(10)",
                    "ALTER TABLE {t} ADD COLUMN name VARCHAR(10)", "CREATE TABLE {t} (id INTEGER)"),
            of(MARIADB, SqlConstruct.BRACKET_NAME, "CREATE TABLE [{t}] (id INTEGER)", "CREATE TABLE {t} (id INTEGER)"),
            of(POSTGRESQL, SqlConstruct.BACKTICK_NAME, "CREATE TABLE `{t}` (id INTEGER)", "CREATE TABLE \"{t}\" (id INTEGER)"),
            of(POSTGRESQL, SqlConstruct.BRACKET_NAME, "CREATE TABLE [{t}] (id INTEGER)", "CREATE TABLE \"{t}\" (id INTEGER)"),
            of(POSTGRESQL, SqlConstruct.DOUBLE_QUOTED_VALUE, "INSERT INTO {t} (id, name) VALUES (1, \"x\")",
                    "INSERT INTO {t} (id, name) VALUES (1, 'x')", "CREATE TABLE {t} (id INTEGER, name VARCHAR(10))"),
            of(H2, SqlConstruct.BRACKET_NAME, "CREATE TABLE [{t}] (id INTEGER)", "CREATE TABLE \"{t}\" (id INTEGER)"),
            of(H2, SqlConstruct.DOUBLE_QUOTED_VALUE, "INSERT INTO {t} (id, name) VALUES (1, \"x\")",
                    "INSERT INTO {t} (id, name) VALUES (1, 'x')", "CREATE TABLE {t} (id INTEGER, name VARCHAR(10))"),
            of(SQLITE, SqlConstruct.ESCAPE_STRING, "INSERT INTO {t} (name) VALUES (E'a\\nb')",
                    "INSERT INTO {t} (name) VALUES ('a')", "CREATE TABLE {t} (name TEXT)"),
            of(MARIADB, SqlConstruct.ESCAPE_STRING, "INSERT INTO {t} (name) VALUES (E'a\\nb')",
                    "INSERT INTO {t} (name) VALUES ('a')", "CREATE TABLE {t} (name TEXT)"),
            of(MARIADB, SqlConstruct.DOLLAR_QUOTE, "INSERT INTO {t} (name) VALUES ($$x$$)", "INSERT INTO {t} (name) VALUES ('x')",
                    "CREATE TABLE {t} (name TEXT)"),
            of(MARIADB, SqlConstruct.TAGGED_DOLLAR_QUOTE, "INSERT INTO {t} (name) VALUES ($a$x$a$)",
                    "INSERT INTO {t} (name) VALUES ('x')", "CREATE TABLE {t} (name TEXT)"),
            of(H2, SqlConstruct.TAGGED_DOLLAR_QUOTE, "INSERT INTO {t} (name) VALUES ($a$x$a$)",
                    "INSERT INTO {t} (name) VALUES ($$x$$)", "CREATE TABLE {t} (name VARCHAR(10))"),
            of(POSTGRESQL, SqlConstruct.HASH_COMMENT, "CREATE TABLE {t} (id INTEGER)\n# the id only", "CREATE TABLE {t} (id INTEGER)\n-- the id only"),
            of(SQLITE, SqlConstruct.HASH_COMMENT, "CREATE TABLE {t} (id INTEGER)\n# the id only", "CREATE TABLE {t} (id INTEGER)\n-- the id only"),
            of(H2, SqlConstruct.HASH_COMMENT, "CREATE TABLE {t} (id INTEGER)\n# the id only", "CREATE TABLE {t} (id INTEGER)\n-- the id only"),
            of(MARIADB, SqlConstruct.DASH_COMMENT_WITHOUT_SPACE, "SELECT 1 FROM {t}\n--a note", "SELECT 1 FROM {t}\n-- a note",
                    "CREATE TABLE {t} (id INTEGER)"));

    private static final TestDatabases DATABASES = new TestDatabases(PortabilityQuotingTest.class);

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
