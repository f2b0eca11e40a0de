package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlsTest {
    private static final Path DIR = Path.of("/projects/shop");

    @Test
    void relativeSqliteFilesAreResolvedAgainstTheFolder() {
        assertThat(DatabaseUrls.anchored("jdbc:sqlite:app.db", DIR)).isEqualTo("jdbc:sqlite:/projects/shop/app.db");
        assertThat(DatabaseUrls.anchored("jdbc:sqlite:data/../db/app.db", DIR)).isEqualTo("jdbc:sqlite:/projects/shop/db/app.db");
        assertThat(DatabaseUrls.anchored("JDBC:SQLITE:app.db?journal_mode=WAL", DIR))
                .isEqualTo("JDBC:SQLITE:/projects/shop/app.db?journal_mode=WAL");
        assertThat(DatabaseUrls.anchored("jdbc:sqlite:file:app.db?cache=shared", DIR))
                .isEqualTo("jdbc:sqlite:file:/projects/shop/app.db?cache=shared");
    }

    @Test
    void everythingElseIsLeftAlone() {
        for (String url : new String[] {"jdbc:sqlite:/var/lib/app.db", "jdbc:sqlite::memory:", "jdbc:sqlite:",
                "jdbc:sqlite:file::memory:?cache=shared", "jdbc:sqlite:file:memdb1?mode=memory&cache=shared",
                "jdbc:sqlite::resource:db/app.db", "jdbc:sqlite:file:///var/app.db", "jdbc:h2:./app",
                "jdbc:postgresql://127.0.0.1/app", ""}) {
            assertThat(DatabaseUrls.anchored(url, DIR)).as(url).isEqualTo(url);
        }
        assertThat(DatabaseUrls.anchored(null, DIR)).isNull();
    }
}
