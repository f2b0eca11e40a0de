package dev.retort.engine;

import dev.retort.dialect.registry.Dialects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.retort.ProgressPrinter;
import dev.retort.support.Plans;
import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Kind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** No output, log row or error, stack traces included, ever contains the password. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordTest {
    private static final String SECRET = "Sw0rdf1sh-9d3e";
    private final TestDatabases databases = new TestDatabases(PasswordTest.class);

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    private static String run(String url, String user, String password) {
        StringWriter out = new StringWriter();
        Migrator m = new Migrator(Dialects.fromUrl(url), JdbcConnector.opener(url, user, password), VersionTableNames.DEFAULT,
                EngineSettings.defaults(), new ProgressPrinter(new PrintWriter(out), true));
        List<RevisionScript> chain = Plans.chain("pw",
                new String[] {"CREATE TABLE pw_t (x INTEGER);", "DROP TABLE pw_t;"},
                new String[] {"INSERT INTO pw_nowhere VALUES ('" + "x" + "');", ""});
        Throwable t = catchThrowable(() -> m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)));
        StringWriter trace = new StringWriter();
        if (t != null) {
            t.printStackTrace(new PrintWriter(trace));
        }
        return out + "\n" + trace;
    }

    @Test
    void postgresRunThatFailsMidway() {
        String url = databases.get(Kind.POSTGRESQL).url();
        String text = run(url + "&password=" + SECRET, "postgres", SECRET);
        assertThat(text).contains("Running upgrade  -> pw_1").contains("pw_nowhere").doesNotContain(SECRET);
    }

    @Test
    void postgresUnreachableServerWithThePasswordInTheUrl() {
        String text = run("jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=" + SECRET, null, SECRET);
        assertThat(text).contains("cannot connect to jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=***")
                .doesNotContain(SECRET);
    }

    @Test
    void mariadbWrongPassword() {
        String url = databases.get(Kind.MARIADB).url();
        String text = run(url.replace("?user=root", "?user=root&password=" + SECRET), "root", SECRET);
        assertThat(text).contains("cannot connect to").doesNotContain(SECRET);
    }

    @Test
    void unknownDriverWithUserInfo() {
        String text = run("jdbc:postgresql://admin:" + SECRET + "@127.0.0.1:1/test", null, null);
        assertThat(text).contains("admin:***@").doesNotContain(SECRET);
    }
}
