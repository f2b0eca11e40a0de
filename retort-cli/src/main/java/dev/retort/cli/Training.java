package dev.retort.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs several command lines in one JVM, output discarded: bin/retort's training run, so that
 * the class-data archive the JVM writes at its exit (one archive per process) holds the classes
 * all of them load. Arguments: {@code --in DIR ARGS... --in DIR ARGS...}, each command run in DIR.
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        for (List<String> run : runs(args)) {
            CliContext ctx = new CliContext(Path.of(run.get(0)), System.getenv(), none, none,
                    Clock.systemDefaultZone(), new SplittableRandom());
            Main.run(run.subList(1, run.size()).toArray(String[]::new), ctx);
        }
    }

    /** The groups of {@code args}, each a directory followed by a command line. */
    static List<List<String>> runs(String[] args) {
        List<List<String>> runs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--in") && i + 1 < args.length) {
                runs.add(new ArrayList<>(List.of(args[++i])));
            } else if (!runs.isEmpty()) {
                runs.get(runs.size() - 1).add(args[i]);
            }
        }
        return runs;
    }
}
