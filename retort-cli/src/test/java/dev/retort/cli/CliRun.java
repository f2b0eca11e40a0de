package dev.retort.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/** Runs the CLI in-process through {@link Main#run}, capturing both writers and the exit code. */
final class CliRun {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-16T09:12:44Z"), ZoneOffset.UTC);

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private CliRun() {}

    static Result run(Path cwd, String... args) {
        return run(cwd, Map.of(), args);
    }

    static Result run(Path cwd, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(cwd, env, new PrintWriter(out), new PrintWriter(err), CLOCK, new Random(42));
        int code = Main.run(args, ctx);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * A copy of examples/quickstart in {@code dir}, so tests may write into it: the files git
     * tracks, without what runs left there (database, lock file, class cache).
     */
    static Path quickstart(Path dir) throws IOException {
        Path source = Path.of("..", "examples", "quickstart").toAbsolutePath().normalize();
        Path target = dir.resolve("quickstart");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : paths.filter(p -> !source.relativize(p).toString().startsWith(".retort")).toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getFileName().toString().endsWith(".db") && !p.getFileName().toString().endsWith(".retort-lock")) {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }
}
