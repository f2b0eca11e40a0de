package dev.retort.dialect;

import dev.retort.dialect.sql.SqlConstruct;
import dev.retort.dialect.registry.Dialects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.sql.SqlStatement;
import dev.retort.engine.PortableSql;
import dev.retort.support.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What makes a refusal in a database folder's Portability true: the refused statement fails on
 * the real database, the variant written for it runs there, and the scanner flags the first and
 * not the second.
 *
 * @param refused the construct the database refuses, or null for a column type
 * @param setup   statements that must run first ({t} is the case's own table name)
 * @param flagged the statement the database refuses
 * @param fixed   the same intent written so the database accepts it
 */
record PortabilityTruth(TestDatabases.Kind kind, SqlConstruct refused, List<String> setup, String flagged, String fixed) {

    static PortabilityTruth of(TestDatabases.Kind kind, SqlConstruct refused, String flagged, String fixed, String... setup) {
        return new PortabilityTruth(kind, refused, List.of(setup), flagged, fixed);
    }

    /** A column type the database refuses, in CREATE TABLE {t} (c TYPE). */
    static PortabilityTruth type(TestDatabases.Kind kind, String refusedType, String acceptedType) {
        return new PortabilityTruth(kind, null, List.of(), "CREATE TABLE {t} (c " + refusedType + ")",
                "CREATE TABLE {t}_ok (c " + acceptedType + ")");
    }

    /** The cases with their index, for a parameterized test. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> numbered(List<PortabilityTruth> cases) {
        return java.util.stream.IntStream.range(0, cases.size())
                .mapToObj(i -> org.junit.jupiter.params.provider.Arguments.of(i, cases.get(i)));
    }

    static Dialect dialect(TestDatabases.Kind kind) {
        return switch (kind) {
            case POSTGRESQL -> Dialects.named("postgresql");
            case MARIADB -> Dialects.named("mariadb");
            case SQLITE -> Dialects.named("sqlite");
            case H2 -> Dialects.named("h2");
        };
    }

    /** Runs the case on {@code db}, {@code n} making its table names unique. */
    void prove(TestDatabases.Db db, int n) throws SQLException {
        Dialect d = dialect(kind);
        String table = "pt" + n;
        List<PortableSql.Problem> flaggedProblems = PortableSql.statement(new SqlStatement(sql(flagged, table), 1), d, "upgrade", true);
        if (refused == null) {
            assertThat(flaggedProblems).as("%s refuses the type in %s", d, flagged).anyMatch(p -> p.construct() == null);
        } else {
            assertThat(flaggedProblems).as("%s refuses %s in %s", d, refused, flagged).anyMatch(p -> p.construct() == refused);
        }
        assertThat(PortableSql.statement(new SqlStatement(sql(fixed, table), 1), d, "upgrade", true))
                .as("%s accepts %s", d, fixed).isEmpty();
        try (Connection c = db.connect()) {
            c.setAutoCommit(true);
            for (String s : setup) {
                run(c, sql(s, table));
            }
            assertThatThrownBy(() -> run(c, sql(flagged, table))).as("%s refuses %s", d, flagged).isInstanceOf(SQLException.class);
            run(c, sql(fixed, table));
        }
    }

    private static String sql(String text, String table) {
        return text.replace("{t}", table);
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public String toString() {
        return kind + " " + (refused == null ? "type" : refused) + ": " + flagged;
    }
}
