package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Db;
import dev.retort.support.TestDatabases.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * upgrade, downgrade, current, history -i and stamp on the quickstart example, through the real
 * entry point, on each database: the example's graph has a branch, a labelled branch, a merge
 * and a Java revision.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseCommandsTest {
    static final String HEAD = "6fc2814d7065";
    static final List<String> ALL = List.of("1a7f3c9e2b10", "2b8e4d0f3c21", "3c9f5e1a4d32", "4da06f2b5e43",
            "5eb1703c6f54", HEAD);

    /** Sent where the server ignores it (PostgreSQL's trust authentication), and never printed. */
    private static final String PASSWORD = "sekrit-pw-4711";

    private final TestDatabases databases = new TestDatabases(DatabaseCommandsTest.class);

    @TempDir
    Path dir;

    @AfterAll
    void dropDatabases() throws Exception {
        databases.close();
    }

    private CliRun.Result ok(Path project, String url, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--url");
        all.add(url);
        CliRun.Result r = CliRun.run(project, all.toArray(String[]::new));
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        assertThat(r.out()).doesNotContain(PASSWORD);
        return r;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void upgradeHeadDowngradeBaseUpgradeHeadWithRelativeAndLabelTargets(Kind kind) throws Exception {
        Db db = databases.get(kind);
        Path project = CliRun.quickstart(dir);
        // H2 folds unquoted names to upper case, and Java revisions quote names as written
        String url = switch (kind) {
            case H2 -> db.url() + ";DATABASE_TO_LOWER=TRUE";
            case POSTGRESQL -> db.url() + "&password=" + PASSWORD;
            default -> db.url();
        };

        CliRun.Result up = ok(project, url, "upgrade", "head");
        assertThat(up.out().lines().filter(l -> l.startsWith("Running upgrade "))).hasSize(6);
        assertThat(up.out()).contains("Running upgrade  -> 1a7f3c9e2b10, Create users table ... ")
                .containsPattern("Running upgrade 3c9f5e1a4d32, 4da06f2b5e43 -> 5eb1703c6f54, Merge orders and reporting \\.\\.\\. \\d+ ms")
                .containsPattern("(?m)^Upgraded 6 revisions in \\d+( ms|\\.\\d s)\\.$");
        assertThat(order(up.out())).containsExactlyInAnyOrderElementsOf(ALL);
        assertThat(order(up.out()).indexOf("5eb1703c6f54")).isGreaterThan(order(up.out()).indexOf("3c9f5e1a4d32"))
                .isGreaterThan(order(up.out()).indexOf("4da06f2b5e43"));
        assertThat(tables(db)).contains("users", "orders", "daily_signups");
        assertThat(ok(project, url, "upgrade", "head").out()).isEqualTo("Nothing to upgrade: the database is already there.\n");
        assertThat(ok(project, url, "current").out()).isEqualTo(HEAD + " (reporting) (head)\n");
        assertThat(ok(project, url, "current", "-v").out()).contains("Current revision(s) for jdbc:")
                .contains("Pending: none, the database is at its heads");
        assertThat(ok(project, url, "current", "--json").out()).contains("\"heads\" : [ \"" + HEAD + "\" ]");
        assertThat(ok(project, url, "history", "-i").out()).contains("5eb1703c6f54 -> " + HEAD + " (reporting) (head) (current), ")
                .contains("<base> -> 1a7f3c9e2b10 (applied), Create users table");

        CliRun.Result down = ok(project, url, "downgrade", "base");
        assertThat(order(down.out())).hasSize(6).startsWith(HEAD).endsWith("1a7f3c9e2b10");
        assertThat(tables(db)).doesNotContain("users", "orders", "daily_signups");
        assertThat(ok(project, url, "current").out()).isEqualTo("(base: no revision applied)\n");
        assertThat(order(ok(project, url, "upgrade", "head").out())).hasSize(6);

        // relative, label and prefix targets
        assertThat(order(ok(project, url, "downgrade", "-1").out())).containsExactly(HEAD);
        assertThat(ok(project, url, "current").out()).startsWith("5eb1703c6f54 ");
        List<String> belowMerge = order(ok(project, url, "downgrade", "2b8e4d0f3c21").out());
        assertThat(belowMerge).containsExactlyInAnyOrder("5eb1703c6f54", "3c9f5e1a4d32", "4da06f2b5e43")
                .startsWith("5eb1703c6f54");
        assertThat(order(ok(project, url, "downgrade", "2b8e4d0f3c21-1").out())).containsExactly("2b8e4d0f3c21");
        assertThat(order(ok(project, url, "upgrade", "+1").out())).containsExactly("2b8e4d0f3c21");
        assertThat(order(ok(project, url, "upgrade", "4da06f").out())).containsExactly("4da06f2b5e43");
        assertThat(order(ok(project, url, "upgrade", "reporting@head").out()))
                .containsExactly("3c9f5e1a4d32", "5eb1703c6f54", HEAD);
        assertThat(ok(project, url, "upgrade", "heads").out()).startsWith("Nothing to upgrade");
        assertThat(tables(db)).contains("users", "orders", "daily_signups");

        // stamp, and stamp --purge
        ok(project, url, "stamp", "base");
        assertThat(ok(project, url, "current").out()).isEqualTo("(base: no revision applied)\n");
        ok(project, url, "stamp", "heads");
        assertThat(ok(project, url, "current").out()).isEqualTo(HEAD + " (reporting) (head)\n");
        ok(project, url, "stamp", "2b8e4d0f3c21", "--purge");
        assertThat(ok(project, url, "current").out()).isEqualTo("2b8e4d0f3c21\n");
        assertThat(ok(project, url, "stamp", "heads", "--purge").out())
                .containsPattern("^Removed 2 rows from the version table \\(--purge\\), then stamped 6 revisions in ");
        assertThat(order(ok(project, url, "downgrade", "base").out())).hasSize(6);
        assertThat(tables(db)).doesNotContain("users", "orders", "daily_signups");
    }

    /** The revision ids of "Running ..." lines, in output order. */
    static List<String> order(String out) {
        List<String> ids = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("Running upgrade ")) {
                String arrow = line.substring(line.indexOf("-> ") + 3);
                ids.add(arrow.split("[ ,]")[0]);
            } else if (line.startsWith("Running downgrade ")) {
                ids.add(line.substring("Running downgrade ".length()).split(" ")[0]);
            }
        }
        return ids;
    }

    /** The database's table names, lower case, without the catalog's own. */
    static List<String> tables(Db db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", null)) {
            while (rs.next()) {
                String schema = String.valueOf(rs.getString("TABLE_SCHEM")).toLowerCase(Locale.ROOT);
                if (!schema.equals("information_schema") && !schema.startsWith("pg_")) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
