package dev.retort;

import dev.retort.dialect.sql.SqlStatement;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Renders a run as text: one line per revision with its duration, a summary, and with
 * {@code verbose} the revision's line first, then each statement, then its duration. Writes to the writer it is given, never to System.out.
 */
public final class ProgressPrinter implements MigrationListener {
    private final PrintWriter out;
    private final boolean verbose;

    public ProgressPrinter(PrintWriter out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    @Override
    public void waiting(String message) {
        out.println(message);
        out.flush();
    }

    @Override
    public void compiled(int files, Duration duration) {
        out.println("Compiled " + files + (files == 1 ? " Java revision" : " Java revisions") + " in " + format(duration) + ".");
        out.flush();
    }

    /** Verbose runs name the revision before its statements, so a slow statement shows where it is. */
    @Override
    public void started(Step step) {
        if (verbose) {
            out.println("Running " + step.describe());
            out.flush();
        }
    }

    @Override
    public void statement(Step step, int index, Statement statement) {
        if (verbose) {
            out.println("  [" + index + "] " + (statement.line() > 0 ? "line " + statement.line() + ": " : "")
                    + oneLine(statement.sql()));
            out.flush();
        }
    }

    @Override
    public void finished(Step step, Duration duration) {
        out.println(verbose ? "  done in " + format(duration) : "Running " + step.describe() + " ... " + format(duration));
        out.flush();
    }

    @Override
    public void summary(RunSummary summary) {
        int n = summary.revisions().size();
        if (summary.purged() > 0) {
            // --purge emptied the version table: say so, even when nothing was stamped after it
            out.println("Removed " + summary.purged() + (summary.purged() == 1 ? " row" : " rows")
                    + " from the version table (--purge), then stamped " + (n == 0 ? "nothing (the database is at base)"
                            : n + (n == 1 ? " revision" : " revisions")) + " in " + format(summary.elapsed()) + ".");
        } else if (n == 0) {
            out.println(summary.operation().equals("upgrade") || summary.operation().equals("downgrade")
                    ? "Nothing to " + summary.operation() + ": the database is already there."
                    : "Nothing to " + summary.operation() + ".");
        } else {
            out.println(capitalise(summary.operation()) + " " + n + (n == 1 ? " revision" : " revisions")
                    + " in " + format(summary.elapsed()) + ".");
        }
        out.flush();
    }

    static String format(Duration d) {
        long ms = d.toMillis();
        return ms < 10_000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String oneLine(String sql) {
        String s = sql.replaceAll("\\s+", " ");
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + (s.endsWith("e") ? "d" : "ed");
    }
}
