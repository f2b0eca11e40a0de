package dev.retort.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Everything a command may take from the outside world, passed in so that tests control it:
 * the working directory, the environment, the two output writers, the clock and randomness.
 */
public record CliContext(
        Path cwd, Map<String, String> environment, PrintWriter out, PrintWriter err, Clock clock, RandomGenerator random) {

    public CliContext {
        cwd = cwd.toAbsolutePath().normalize();
        environment = Map.copyOf(environment);
    }

    /**
     * The real process: its working directory and environment, stdout and stderr. Output is
     * UTF-8 (messages and paths may hold any character; JDK 17's default charset follows the
     * locale and may be ASCII) and stdout is buffered, since history can print thousands of lines.
     */
    public static CliContext system() {
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        // SplittableRandom, not SecureRandom: revision ids need spread, not secrecy, and seeding
        // SecureRandom costs start-up time on every command.
        return new CliContext(Path.of(""), System.getenv(), out, err, Clock.systemDefaultZone(), new SplittableRandom());
    }

    /** A path as users should see it: relative when it lies under the working directory. */
    public String display(Path path) {
        if (path == null) {
            return "";
        }
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /** Text with absolute paths under the working directory shortened, for messages from core. */
    public String shorten(String text) {
        String prefix = cwd.toString().endsWith("/") ? cwd.toString() : cwd + "/";
        return text.replace(prefix, "");
    }
}
