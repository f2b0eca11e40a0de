package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An Alembic project read in place from its alembic.ini, by read-only commands. */
class AlembicIniTest {
    private static final ConfigOverrides NONE = new ConfigOverrides(null, null, null, null, null);

    @TempDir
    Path dir;

    private RetortConfig read(String ini) throws IOException {
        Files.writeString(dir.resolve("alembic.ini"), ini);
        return new ConfigLoader(dir, Map.of()).loadForReading(NONE);
    }

    @Test
    void scriptLocationIsRelativeToTheIniAndHereIsInterpolated() throws IOException {
        Files.createDirectories(dir.resolve("db/migrations/versions"));
        RetortConfig c = read("[alembic]\nscript_location = db/migrations\n");
        assertThat(c.scriptLocation()).isEqualTo(dir.resolve("db/migrations"));
        assertThat(c.versionLocations()).containsExactly(dir.resolve("db/migrations/versions"));
        assertThat(c.versionTable()).isEqualTo("alembic_version");
        assertThat(c.alembic()).isTrue();

        RetortConfig here = read("[alembic]\n# a comment\nscript_location = %(here)s/db/migrations\n");
        assertThat(here.scriptLocation()).isEqualTo(dir.resolve("db/migrations"));
    }

    @Test
    void theIniIsFoundFromASubfolderAndRetortTomlWinsBesideIt() throws IOException {
        Files.writeString(dir.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\n");
        Path sub = Files.createDirectories(dir.resolve("app/models"));
        assertThat(new ConfigLoader(sub, Map.of()).loadForReading(NONE).file()).isEqualTo(dir.resolve("alembic.ini"));

        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"db\"\n");
        RetortConfig c = new ConfigLoader(sub, Map.of()).loadForReading(NONE);
        assertThat(c.alembic()).isFalse();
        assertThat(c.scriptLocation()).isEqualTo(dir.resolve("db"));
    }

    @Test
    void writingCommandsAskForARetortToml() throws IOException {
        Files.writeString(dir.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\n");
        assertThatThrownBy(() -> new ConfigLoader(dir, Map.of()).load(NONE))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("alembic.ini is Alembic's config; this command needs a retort.toml")
                .satisfies(e -> assertThat(((RetortException) e).hint()).contains("alembic upgrade").contains("retort init"));
    }

    @Test
    void versionLocationsSplitAsAlembicSplitsThem() throws IOException {
        for (String d : new String[] {"a", "b", "c d", "e"}) {
            Files.createDirectories(dir.resolve(d));
        }
        // no separator configured: commas and spaces (Alembic 1.8's legacy split)
        assertThat(read("[alembic]\nscript_location = .\nversion_locations = %(here)s/a, b e\n").versionLocations())
                .containsExactly(dir.resolve("a"), dir.resolve("b"), dir.resolve("e"));
        assertThat(read("[alembic]\nscript_location = .\nversion_locations = a;c d\nversion_path_separator = ;\n").versionLocations())
                .containsExactly(dir.resolve("a"), dir.resolve("c d"));
        assertThat(read("[alembic]\nscript_location = .\nversion_locations = a:b\nversion_path_separator = os\n").versionLocations())
                .containsExactly(dir.resolve("a"), dir.resolve("b"));
        assertThat(read("[alembic]\nscript_location = .\nversion_locations =\n    a\n    c d\npath_separator = newline\n").versionLocations())
                .containsExactly(dir.resolve("a"), dir.resolve("c d"));
        // Alembic skips a location that does not exist
        assertThat(read("[alembic]\nscript_location = .\nversion_locations = a missing\n").versionLocations())
                .containsExactly(dir.resolve("a"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgresql://scott:tiger@db.example:5433/shop|jdbc:postgresql://db.example:5433/shop|scott|tiger",
        "postgresql+psycopg2://scott:p%%40ss@localhost/shop?sslmode=require|jdbc:postgresql://localhost/shop|scott|p@ss",
        "mysql://root@127.0.0.1:3306/test|jdbc:mariadb://127.0.0.1:3306/test|root|",
        "mysql+pymysql://u:pw@h/d?charset=utf8mb4|jdbc:mariadb://h/d|u|pw",
        "mariadb://u:pw@h/d|jdbc:mariadb://h/d|u|pw",
        "sqlite:////var/data/app.db|jdbc:sqlite:/var/data/app.db||",
    })
    void sqlalchemyUrlsBecomeJdbcUrlsWithCredentialsApart(String sqlalchemy, String jdbc, String user, String password) throws IOException {
        RetortConfig c = read("[alembic]\nscript_location = .\nsqlalchemy.url = " + sqlalchemy + "\n");
        assertThat(c.url()).isEqualTo(jdbc);
        assertThat(c.user()).isEqualTo(user == null ? "" : user);
        assertThat(c.password()).isEqualTo(password == null ? "" : password);
        if (password != null) {
            assertThat(c.toString()).doesNotContain(password);
        }
    }

    @Test
    void aRelativeSqliteFileLivesBesideTheIni() throws IOException {
        RetortConfig c = read("[alembic]\nscript_location = .\nsqlalchemy.url = sqlite:///data/app.db\n");
        assertThat(c.url()).isEqualTo("jdbc:sqlite:" + dir.resolve("data/app.db"));
    }

    @Test
    void urlsWithoutAJdbcTwinLeaveTheDatabaseOut() throws IOException {
        assertThat(read("[alembic]\nscript_location = .\nsqlalchemy.url = driver://user:pass@localhost/dbname\n").url()).isEmpty();
        assertThat(read("[alembic]\nscript_location = .\nsqlalchemy.url = sqlite://\n").url()).isEmpty();
        assertThat(read("[alembic]\nscript_location = .\nsqlalchemy.url =\n").url()).isEmpty();
    }

    @Test
    void theUrlFlagAndRetortUrlStillWin() throws IOException {
        Files.writeString(dir.resolve("alembic.ini"), "[alembic]\nscript_location = .\nsqlalchemy.url = postgresql://a:secret@h/d\n");
        RetortConfig c = new ConfigLoader(dir, Map.of("RETORT_URL", "jdbc:h2:mem:x")).loadForReading(NONE);
        assertThat(c.url()).isEqualTo("jdbc:h2:mem:x");
        assertThat(c.password()).isEmpty();
    }

    @Test
    void mistakesNameTheFileAndLine() throws IOException {
        assertThatThrownBy(() -> read("[alembic]\nscript_location = prefect:server:database:_migrations\n"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("alembic.ini:2: script_location = prefect:server:database:_migrations names a Python package resource");
        assertThatThrownBy(() -> read("[alembic]\nsqlalchemy.url = x\n"))
                .isInstanceOf(RetortException.class).hasMessageContaining("no script_location in [alembic]");
        assertThatThrownBy(() -> read("[alembic]\nscript_location = %(nowhere)s/m\n"))
                .isInstanceOf(RetortException.class).hasMessageContaining("alembic.ini:2: script_location: %(nowhere)s names no key");
    }
}
