package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void detectsTheDialectFromTheUrl() {
        assertThat(Dialect.fromUrl("jdbc:postgresql://127.0.0.1/test")).isInstanceOf(PostgresDialect.class);
        assertThat(Dialect.fromUrl("jdbc:mariadb://127.0.0.1/test")).isInstanceOf(MysqlDialect.class);
        assertThat(Dialect.fromUrl("jdbc:mysql://127.0.0.1/test")).isInstanceOf(MysqlDialect.class);
        assertThat(Dialect.fromUrl("JDBC:SQLite:app.db")).isInstanceOf(SqliteDialect.class);
        assertThat(Dialect.fromUrl("jdbc:h2:mem:x")).isInstanceOf(H2Dialect.class);
    }

    @Test
    void unknownUrlIsAUsageErrorThatNamesOnlyTheScheme() {
        assertThatThrownBy(() -> Dialect.fromUrl("jdbc:oracle:thin:scott/tiger@host"))
                .isInstanceOf(RetortException.class)
                .hasMessage("unsupported database url (scheme 'oracle')")
                .satisfies(e -> assertThat(((RetortException) e).kind()).isEqualTo(RetortException.Kind.USAGE));
    }

    @Test
    void namedAcceptsAliases() {
        assertThat(Dialect.named("MariaDB").name()).isEqualTo("mysql");
        assertThat(Dialect.named("postgres").name()).isEqualTo("postgresql");
        assertThatThrownBy(() -> Dialect.named("oracle")).hasMessage("unknown dialect 'oracle'");
    }

    @Test
    void eachRendererLexesAsItsDialectDoes() {
        // the renderer cannot ask its Dialect (it sits below it): both answers must agree
        for (Dialect d : Dialect.ALL) {
            assertThat(d.ddl().syntax()).as(d.name()).isEqualTo(d.syntax());
            assertThat(d.ddl().dialect()).isEqualTo(d.name());
        }
    }

    @Test
    void quotingAlwaysQuotesAndEscapesEmbeddedQuotes() {
        assertThat(Dialect.named("postgresql").quote("My \"odd\" table")).isEqualTo("\"My \"\"odd\"\" table\"");
        assertThat(Dialect.named("mysql").quote("select`x")).isEqualTo("`select``x`");
        assertThat(Dialect.named("h2").qualify("s p", "t")).isEqualTo("\"s p\".\"t\"");
        assertThat(Dialect.named("sqlite").qualify(null, "user")).isEqualTo("\"user\"");
    }

    @Test
    void literalsEscapeQuotesAndMysqlBackslashes() {
        assertThat(Dialect.named("postgresql").literal("it's \\n")).isEqualTo("'it''s \\n'");
        assertThat(Dialect.named("mysql").literal("it's \\n")).isEqualTo("'it''s \\\\n'");
        assertThat(Dialect.named("h2").literal(null)).isEqualTo("NULL");
    }

    @Test
    void sqliteDatabaseFileFromUrl() {
        assertThat(SqliteDialect.databaseFile("jdbc:sqlite::memory:")).isNull();
        assertThat(SqliteDialect.databaseFile("jdbc:sqlite:")).isNull();
        assertThat(SqliteDialect.databaseFile("jdbc:sqlite:file:x.db?mode=memory&cache=shared")).isNull();
        assertThat(SqliteDialect.databaseFile("jdbc:sqlite:/tmp/a.db")).hasToString("/tmp/a.db");
        assertThat(SqliteDialect.databaseFile("jdbc:sqlite:file:/tmp/b.db?journal_mode=WAL")).hasToString("/tmp/b.db");
    }
}
