package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runner processes on databases that are files: an H2 file (which one process opens at a time),
 * the same with AUTO_SERVER=TRUE (the first process serves the others until it exits), and a
 * SQLite file reached through its real path and through a symlinked folder. Every revision runs
 * exactly once, no runner fails, and a waiter past its lock timeout names the holder.
 */
// starts runner JVMs or times a lock wait: never beside another class that does (Serial.RUNNERS)
@org.junit.jupiter.api.parallel.ResourceLock(dev.retort.support.Serial.RUNNERS)
@org.junit.jupiter.api.Order(1) // one of the longest classes here: starts first
class FileLockRunnersTest {
    @TempDir
    Path dir;

    enum Target { H2_FILE, H2_AUTO_SERVER, SQLITE_SYMLINK }

    /** Two urls of one database (the same twice, except SQLite's second goes through a symlink). */
    private List<String> urls(Target target) throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        return switch (target) {
            case H2_FILE -> twice(h2(real, ""));
            case H2_AUTO_SERVER -> twice(h2(real, ";AUTO_SERVER=TRUE"));
            case SQLITE_SYMLINK -> List.of("jdbc:sqlite:" + real.resolve("app.db"), "jdbc:sqlite:" + link.resolve("app.db"));
        };
    }

    private static List<String> twice(String url) {
        return List.of(url, url);
    }

    /** An H2 file url with the sleep alias the runners' slow revision calls. */
    private static String h2(Path folder, String options) throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve("app") + options;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE ALIAS IF NOT EXISTS RETORT_TEST_SLEEP FOR 'dev.retort.engine.RunnerMain.sleep'");
        }
        return url;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void concurrentRunnersApplyEveryRevisionOnceAndNoneFails(Target target) throws Exception {
        List<String> urls = urls(target);
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            processes.add(RunnerMain.start(urls.get(i % 2), "files_version", "files", "8", "0", "0"));
        }
        int total = 0;
        for (Process p : processes) {
            String out = finish(p, 180);
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).as(out).startsWith("applied ");
            total += Integer.parseInt(out.strip().substring("applied ".length()));
        }
        assertThat(total).isEqualTo(8);
        assertThat(operations(urls.get(1), "files_version_log")).hasSize(8).containsOnly("upgrade");
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aWaiterGivesUpAtItsTimeoutAndNamesTheHolder(Target target) throws Exception {
        List<String> urls = urls(target);
        Process holder = RunnerMain.start(urls.get(0), "held_version", "held", "2", "1", "60");
        try {
            Path holderFile = waitForHolderFile(holder);
            long start = System.nanoTime();
            Process waiter = RunnerMain.start(urls.get(1), "held_version", "held", "2", "0", "0", "3");
            String out = finish(waiter, 60);
            assertThat(waiter.exitValue()).as(out).isEqualTo(1);
            assertThat(out).as(out).contains("timed out after 3s waiting for the run lock on held_version, held by process "
                    + holder.pid() + " on ").contains(holderFile.getFileName().toString().replace(".holder", ""));
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(40));
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aHolderKilledWithSigkillLeavesNoLockBehind(Target target) throws Exception {
        List<String> urls = urls(target);
        Process holder = RunnerMain.start(urls.get(0), "killed_version", "killed", "2", "1", "60");
        waitForHolderFile(holder);
        holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL, in revision 1
        Process next = RunnerMain.start(urls.get(1), "killed_version", "killed", "2", "0", "0", "10");
        String out = finish(next, 120);
        assertThat(out).as(out).doesNotContain("timed out");
        if (target == Target.SQLITE_SYMLINK) {
            assertThat(out.strip()).isEqualTo("applied 2"); // the killed revision was rolled back with its process
        } else {
            // H2 commits each statement: the interrupted revision is refused until repaired, not run twice;
            // unless H2's write delay (500 ms) lost its running row with the process, and with it nothing ran
            assertThat(out).as(out).satisfiesAnyOf(o -> assertThat(o).contains("revision killed_1 was interrupted during upgrade"),
                    o -> assertThat(o.strip()).isEqualTo("applied 2"));
        }
    }

    private Path waitForHolderFile(Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("holder ended early: " + new String(p.getInputStream().readAllBytes()));
            }
            try (var files = Files.list(dir.resolve("real"))) {
                var found = files.filter(f -> f.getFileName().toString().endsWith(".retort-lock.holder")).findFirst();
                if (found.isPresent() && Files.readString(found.get()).contains("pid=" + p.pid() + "\n")) {
                    return found.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the holder wrote no holder file in 60s");
    }

    private static String finish(Process p, int seconds) throws Exception {
        boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
            throw new AssertionError("runner did not finish in " + seconds + "s: " + out);
        }
        return out;
    }

    private static List<String> operations(String url, String logTable) throws SQLException {
        List<String> ops = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"operation\" FROM \"" + logTable + "\" ORDER BY \"seq\"")) {
            while (rs.next()) {
                ops.add(rs.getString(1));
            }
        }
        return ops;
    }
}
