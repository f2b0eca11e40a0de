package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: what a person at a terminal sees while a slow revision runs, driven through a
 * pseudo-terminal (python3's pty module) around the real process, with the time each piece of
 * output arrived.
 */
class TerminalProgressTest {
    private static final double SLEEP = 3.0;
    private static ServerDatabases db;
    @TempDir
    static Path dir;

    @BeforeAll
    static void project() throws IOException {
        db = new ServerDatabases(ServerDatabases.Kind.POSTGRESQL, dir);
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"" + db.url + "\"\n");
        Files.createDirectories(dir.resolve("migrations/versions"));
        sql("a1_slow", "a1", "", "slow", "SELECT pg_sleep(" + SLEEP + ");\nCREATE TABLE users (id INT);\nCREATE TABLE orders (id INT);",
                "DROP TABLE orders;\nDROP TABLE users;");
        sql("b2_more", "b2", "a1", "more", "CREATE TABLE more (id INT);", "DROP TABLE more;");
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    private static void sql(String name, String id, String revises, String message, String up, String down) throws IOException {
        Files.writeString(dir.resolve("migrations/versions/" + name + ".sql"), "-- " + message + "\n--\n-- Revision ID: " + id
                + "\n-- Revises: " + revises + "\n-- Create Date: 2025-10-16 09:12:44\n\n-- +upgrade\n" + up + "\n"
                + "\n-- +downgrade\n" + down + "\n");
    }

    /** One piece of output and the seconds after the start at which it arrived. */
    record Chunk(double at, String text) {}

    record Seen(int code, List<Chunk> chunks) {
        String text() {
            StringBuilder s = new StringBuilder();
            chunks.forEach(c -> s.append(c.text()));
            return s.toString();
        }

        /** When {@code needle} had been printed completely. */
        double when(String needle) {
            StringBuilder s = new StringBuilder();
            for (Chunk c : chunks) {
                s.append(c.text());
                if (s.indexOf(needle) >= 0) {
                    return c.at();
                }
            }
            throw new AssertionError("never printed: " + needle + "\n" + text());
        }
    }

    /** Runs retort on a pseudo-terminal (stdin and stdout a terminal, as System.console() wants). */
    private static Seen terminal(Map<String, String> env, String... args) throws Exception {
        Path script = dir.resolve("pty_run.py");
        try (InputStream in = TerminalProgressTest.class.getResourceAsStream("pty_run.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of("python3", script.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false);
        pb.environment().remove("NO_COLOR");
        pb.environment().put("TERM", "xterm");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        List<String> lines = out.lines().toList();
        List<Chunk> chunks = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(" ", 2);
            chunks.add(new Chunk(Double.parseDouble(parts[0]),
                    new String(HexFormat.of().parseHex(parts.length > 1 ? parts[1] : ""), StandardCharsets.UTF_8)));
        }
        return new Seen(Integer.parseInt(lines.get(0).strip()), chunks);
    }

    @Test
    void aSlowRevisionIsShownWhileItRunsWithItsStatementsAndThenWithoutEscapesWhenAsked() throws Exception {
        assertThat(CliRun.run(dir, Map.of(), "downgrade", "base").code()).isZero();
        Seen up = terminal(Map.of(), "upgrade", "head", "-v");
        assertThat(up.code()).as(up.text()).isZero();
        // the revision and its first statement are on screen before the sleep ends, the second after it
        double started = up.when("Running upgrade  -> a1, slow");
        double sleeping = up.when("[1] line 8: SELECT pg_sleep(3.0)");
        double second = up.when("[2] line 9: CREATE TABLE users");
        assertThat(second - started).as(up.text()).isGreaterThan(SLEEP - 0.5);
        assertThat(second - sleeping).as(up.text()).isGreaterThan(SLEEP - 0.5);
        assertThat(up.text()).as("a status line with revision n of N, and colours")
                .contains("[1/2] ").contains("[2/2] ").contains("\r").contains("\u001b[32mUpgraded 2 revisions in ")
                .containsPattern("  \\[1] line 8: SELECT pg_sleep\\(3\\.0\\) \\.\\.\\. \u001b\\[2m\\d+(\\.\\d)? (ms|s)\u001b\\[0m");

        Seen downNoColour = terminal(Map.of("NO_COLOR", "1"), "downgrade", "a1");
        assertThat(downNoColour.code()).isZero();
        assertThat(downNoColour.text()).as("NO_COLOR: a status line, but no escape sequence").doesNotContain("\u001b")
                .contains("[1/1] ").containsPattern("Running downgrade b2 -> a1, more \\.\\.\\. \\d+(\\.\\d)? m?s\r\n")
                .contains("Downgraded 1 revision in ");

        Seen downPlain = terminal(Map.of(), "downgrade", "base", "--no-progress");
        assertThat(downPlain.code()).isZero();
        assertThat(downPlain.text()).as("--no-progress: plain lines, as in a pipe").doesNotContain("\u001b").doesNotContain("[1/1]")
                .matches("Running downgrade a1 -> , slow \\.\\.\\. \\d+(\\.\\d)? m?s\r\nDowngraded 1 revision in \\d+(\\.\\d)? m?s\\.\r\n");
    }

    @Test
    void withoutATerminalTheRevisionLineIsPrintedWhenItStarts() throws Exception {
        // a pipe: no status line, but "Running upgrade ..." is out before the slow statement ends
        assertThat(CliRun.run(dir, Map.of(), "downgrade", "base").code()).isZero();
        Path log = dir.resolve("piped.txt");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "upgrade", "a1")
                .directory(dir.toFile()).redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log).contains("Running upgrade  -> a1, slow ...") && System.nanoTime() < deadline) {
                assertThat(p.isAlive()).as(Files.readString(log)).isTrue();
                Thread.sleep(50);
            }
            assertThat(Files.readString(log)).isEqualTo("Running upgrade  -> a1, slow ...");
            assertThat(p.isAlive()).as("the line came while the revision ran").isTrue();
        } finally {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(log)).matches("Running upgrade  -> a1, slow \\.\\.\\. \\d+(\\.\\d)? m?s\nUpgraded 1 revision in \\d+(\\.\\d)? m?s\\.\n");
        assertThat(CliRun.run(dir, Map.of(), "downgrade", "base").code()).isZero();
    }
}
