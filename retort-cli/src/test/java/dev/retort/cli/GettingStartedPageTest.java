package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.support.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/getting-started.md, followed literally: every ```sh block runs, in order, in one bash
 * in an empty folder, with {@code retort} on the PATH (this build's CLI) and the page's database
 * name {@code shop_dev} replaced by a unique one. Each ```text block right after a ```sh block
 * shows what those commands print; every line of it must appear in the output (durations aside;
 * a line with {@code ...} only up to there). ```bash blocks (installing a JDK, cloning) do not run.
 */
@org.junit.jupiter.api.Order(1) // one of the longest classes here: starts first
class GettingStartedPageTest {
    private static final Path PAGE = Path.of("..", "docs", "getting-started.md");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```\\s*$");

    @TempDir
    Path tmp;

    record Block(String lang, String text) {}

    @Test
    void followingThePageMigratesAndDowngradesAPostgresqlDatabase() throws Exception {
        assumePostgresql();
        Assumptions.assumeTrue(onPath("createdb") && onPath("psql") && onPath("dropdb"),
                "the page uses PostgreSQL's command-line tools (createdb, psql, dropdb), which are not on the PATH");
        String name = "rt_getting_started_" + UUID.randomUUID().toString().substring(0, 8);
        List<Block> blocks = blocks(Files.readString(PAGE).replace("shop_dev", name));
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        List<String> expected = new ArrayList<>();
        Block previous = null;
        for (Block b : blocks) {
            if (b.lang().equals("sh")) {
                script.append(b.text()).append('\n');
            } else if (b.lang().equals("text") && previous != null && previous.lang().equals("sh")) {
                expected.addAll(b.text().lines().toList());
            }
            previous = b;
        }
        assertThat(script.toString()).contains("createdb", "retort upgrade head", "retort downgrade -1", "retort verify");
        try {
            String out = runBash(script.toString());
            String actual = normalise(out);
            for (String line : expected) {
                String want = normalise(line);
                int cut = want.indexOf("...");
                assertThat(actual).as("the output of the page's commands:\n" + out)
                        .contains(cut >= 0 ? want.substring(0, cut) : want);
            }
            // the downgrade really removed the column the page says it removes
            String afterDowngrade = out.substring(out.indexOf("Running downgrade 0002 -> 0001"));
            assertThat(afterDowngrade.substring(0, afterDowngrade.indexOf("Running upgrade 0001 -> 0002")))
                    .containsPattern("(?m)^ name +\\|").doesNotContainPattern("(?m)^ email +\\|");
        } finally {
            // the page drops it in its last step; this is for a run that stopped before
            TestDatabases.drop(new TestDatabases.Db(TestDatabases.Kind.POSTGRESQL, name, ""));
        }
    }

    static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(markdown);
        while (m.find()) {
            blocks.add(new Block(m.group(1), m.group(2)));
        }
        return blocks;
    }

    /** Durations change from run to run. */
    private static String normalise(String text) {
        return text.replaceAll("\\b\\d+ ms\\b|\\b\\d+\\.\\d+ s\\b", "N ms").replaceAll("\\b\\d+(\\.\\d+)?s\\b", "Ns");
    }

    private String runBash(String script) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path retort = bin.resolve("retort");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(retort, "#!/usr/bin/env bash\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
                + " -cp \"$RETORT_TEST_CLASSPATH\" dev.retort.cli.Main \"$@\"\n", StandardCharsets.UTF_8);
        assertThat(retort.toFile().setExecutable(true)).isTrue();
        Path file = tmp.resolve("page.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).directory(work.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("RETORT_") || k.startsWith("DB_") || k.equals("DATABASE_URL")
                || k.startsWith("PG"));
        env.put("RETORT_TEST_CLASSPATH", System.getProperty("java.class.path"));
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String out = new String(output, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("the page's commands failed:\n" + out).isZero();
        return out;
    }

    private static void assumePostgresql() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?user=postgres")) {
            assertThat(c.isValid(5)).isTrue();
        } catch (SQLException e) {
            TestDatabases.unavailable(TestDatabases.Kind.POSTGRESQL, e);
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
