package dev.retort.dialect;

import dev.retort.dialect.registry.Dialects;
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
        assertThat(Dialects.fromUrl("jdbc:postgresql://127.0.0.1/test")).isInstanceOf(PostgresDialect.class);
        assertThat(Dialects.fromUrl("jdbc:mariadb://127.0.0.1/test")).isInstanceOf(MysqlDialect.class);
        assertThat(Dialects.fromUrl("jdbc:mysql://127.0.0.1/test")).isInstanceOf(MysqlDialect.class);
        assertThat(Dialects.fromUrl("JDBC:SQLite:app.db")).isInstanceOf(SqliteDialect.class);
        assertThat(Dialects.fromUrl("jdbc:h2:mem:x")).isInstanceOf(H2Dialect.class);
    }

    @Test
    void unknownUrlIsAUsageErrorThatNamesOnlyTheScheme() {
        assertThatThrownBy(() -> Dialects.fromUrl("jdbc:oracle:thin:scott/tiger@host"))
                .isInstanceOf(RetortException.class)
                .hasMessage("unsupported database url (scheme 'oracle')")
                .satisfies(e -> assertThat(((RetortException) e).kind()).isEqualTo(RetortException.Kind.USAGE));
    }

    @Test
    void namedAcceptsAliases() {
        assertThat(Dialects.named("MariaDB").name()).isEqualTo("mysql");
        assertThat(Dialects.named("postgres").name()).isEqualTo("postgresql");
        assertThatThrownBy(() -> Dialects.named("oracle")).hasMessage("unknown dialect 'oracle'");
    }

    @Test
    void eachRendererLexesAsItsDialectDoes() {
        // the renderer cannot ask its Dialect (it sits below it): both answers must agree
        for (Dialect d : Dialects.ALL) {
            assertThat(d.ddl().syntax()).as(d.name()).isEqualTo(d.syntax());
            assertThat(d.ddl().dialect()).isEqualTo(d.name());
        }
    }

    @Test
    void quotingAlwaysQuotesAndEscapesEmbeddedQuotes() {
        assertThat(Dialects.named("postgresql").quote("My \"odd\" table")).isEqualTo("\"My \"\"odd\"\" table\"");
        assertThat(Dialects.named("mysql").quote("select`x")).isEqualTo("`select``x`");
        assertThat(Dialects.named("h2").qualify("s p", "t")).isEqualTo("\"s p\".\"t\"");
        assertThat(Dialects.named("sqlite").qualify(null, "user")).isEqualTo("\"user\"");
    }

    @Test
    void literalsEscapeQuotesAndMysqlBackslashes() {
        assertThat(Dialects.named("postgresql").literal("it's \\n")).isEqualTo("'it''s \\n'");
        assertThat(Dialects.named("mysql").literal("it's \\n")).isEqualTo("'it''s \\\\n'");
        assertThat(Dialects.named("h2").literal(null)).isEqualTo("NULL");
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
