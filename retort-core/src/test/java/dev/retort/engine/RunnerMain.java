package dev.retort.engine;

import dev.retort.dialect.registry.Dialects;
import dev.retort.MigrationListener;
import dev.retort.RetortException;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.Dialect;
import dev.retort.support.Plans;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.Function;

/**
 * A separate runner process for the concurrency and kill tests: upgrades a generated chain and
 * prints "applied N" (exit 0) or "error: ..." (exit 1).
 *
 * <p>Arguments: url versionTable prefix count sleepAt sleepSeconds [lockTimeoutSeconds]. Revision
 * {@code sleepAt} (1-based; 0 for none) first sleeps {@code sleepSeconds} on the database; the
 * lock timeout defaults to 90 seconds.
 */
public final class RunnerMain {
    private RunnerMain() {}

    public static void main(String[] args) {
        String url = args[0];
        Dialect d = Dialects.fromUrl(url);
        List<RevisionScript> chain = chain(d, args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                Integer.parseInt(args[5]));
        Migrator m = new Migrator(d, opener(url), new VersionTableNames(null, args[1]),
                EngineSettings.defaults().withLockTimeout(Duration.ofSeconds(args.length > 6 ? Long.parseLong(args[6]) : 90)),
                MigrationListener.NONE);
        try {
            System.out.println("applied " + m.upgrade(Plans.upgradeAll(chain), Plans.lookup(chain)).revisions().size());
            System.exit(0);
        } catch (RetortException e) {
            System.out.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    static List<RevisionScript> chain(Dialect d, String prefix, int count, int sleepAt, int sleepSeconds) {
        String[][] revisions = new String[count][];
        for (int i = 1; i <= count; i++) {
            String create = "CREATE TABLE " + prefix + "_t" + i + " (x INTEGER);";
            String sleep = i == sleepAt ? sleepSql(d, sleepSeconds) + ";\n" : "";
            revisions[i - 1] = new String[] {sleep + create, "DROP TABLE " + prefix + "_t" + i + ";"};
        }
        return Plans.chain(prefix, revisions);
    }

    static String sleepSql(Dialect d, int seconds) {
        return switch (d.name()) {
            case "postgresql" -> "SELECT pg_sleep(" + seconds + ")";
            case "mysql" -> "SELECT SLEEP(" + seconds + ")";
            case "sqlite" -> "SELECT retort_test_sleep(" + seconds * 1000 + ")";
            default -> "CALL RETORT_TEST_SLEEP(" + seconds * 1000 + ")";
        };
    }

    /** H2 calls this through CREATE ALIAS RETORT_TEST_SLEEP. */
    public static int sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return 0;
    }

    private static ConnectionOpener opener(String url) {
        if (!url.startsWith("jdbc:sqlite:")) {
            return ConnectionOpener.withUrl(url, () -> DriverManager.getConnection(url));
        }
        return ConnectionOpener.withUrl(url, () -> {
            Connection c = DriverManager.getConnection(url);
            Function.create(c, "retort_test_sleep", new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    try {
                        Thread.sleep(value_long(0));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    result(0);
                }
            });
            return c;
        });
    }

    /** Starts this main in a new JVM with the test classpath. */
    static Process start(String... args) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dmariadb.logging.disable=true",
                "-cp", System.getProperty("java.class.path"), RunnerMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
