package dev.retort;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders a run as text as it happens: each revision's line when it starts and its duration
 * when it ends, then a summary; with {@code verbose} the revision's line, each statement as it
 * starts with its duration when it ends, then the revision's duration.
 *
 * <p>With a {@link Display#live() live} display (a terminal) a status line under the finished
 * lines shows revision n of N, the running statement, the elapsed time and a spinner, redrawn
 * with carriage returns; finished lines are the same as in plain output. Colour (ANSI escape
 * sequences) only where {@link Display#colour()} says so. Writes to the writer it is given, never
 * to System.out.
 */
public final class ProgressPrinter implements MigrationListener {
    private static final String[] SPINNER = {"|", "/", "-", "\\"};
    private static final String DIM = "\u001b[2m";
    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    /**
     * How to draw: {@code live} redraws a status line (a terminal); {@code colour} adds escape
     * sequences; {@code width} is the terminal's width, to keep the status line on one row.
     */
    public record Display(boolean live, boolean colour, int width) {
        /** Lines only, no carriage returns, no escape sequences: for pipes, files and --no-progress. */
        public static final Display PLAIN = new Display(false, false, 80);

        public Display {
            width = width < 20 ? 80 : width;
        }
    }

    private final PrintWriter out;
    private final boolean verbose;
    private final Display display;
    /** Plain output: a revision's "Running ... ..." line waits for its duration. */
    private boolean lineOpen;
    /** Live output: what the status line shows now, and its length on screen. */
    private String status;
    private int statusLength;
    private int total;
    private int done;
    private Step step;
    private long stepStart;
    private String statementText;
    private long statementStart;
    private int frame;
    private ScheduledExecutorService ticker;
    private ScheduledFuture<?> ticking;

    public ProgressPrinter(PrintWriter out, boolean verbose) {
        this(out, verbose, Display.PLAIN);
    }

    public ProgressPrinter(PrintWriter out, boolean verbose, Display display) {
        this.out = out;
        this.verbose = verbose;
        this.display = display;
    }

    @Override
    public synchronized void waiting(String message) {
        line(message);
    }

    @Override
    public synchronized void compiled(int files, Duration duration) {
        line("Compiled " + files + (files == 1 ? " Java revision" : " Java revisions") + " in " + format(duration) + ".");
    }

    @Override
    public synchronized void planned(Direction direction, int revisions) {
        total = revisions;
        done = 0;
    }

    /** Verbose runs need each statement's end, which a batch cannot tell. */
    @Override
    public boolean followsStatements() {
        return verbose;
    }

    @Override
    public synchronized void started(Step step) {
        this.step = step;
        stepStart = System.nanoTime();
        statementText = null;
        if (verbose) {
            line("Running " + step.describe());
        } else if (!display.live()) {
            // the duration completes the line when the revision ends
            out.print("Running " + step.describe() + " ...");
            out.flush();
            lineOpen = true;
        }
        if (display.live()) {
            startTicking();
            redraw();
        }
    }

    @Override
    public synchronized void statement(Step step, int index, Statement statement) {
        if (!verbose) {
            return;
        }
        String text = "  [" + index + "] " + (statement.line() > 0 ? "line " + statement.line() + ": " : "")
                + oneLine(statement.sql());
        statementStart = System.nanoTime();
        if (display.live()) {
            statementText = text;
            redraw();
        } else {
            out.print(text + " ...");
            out.flush();
            lineOpen = true;
        }
    }

    @Override
    public synchronized void statementFinished(Step step, int index, Duration duration) {
        if (!verbose) {
            return;
        }
        if (display.live()) {
            String text = statementText == null ? "  [" + index + "]" : statementText;
            statementText = null;
            line(text + " ... " + dim(format(duration)));
        } else if (lineOpen) {
            lineOpen = false;
            out.println(" " + format(duration));
            out.flush();
        }
    }

    @Override
    public synchronized void finished(Step step, Duration duration) {
        done++;
        this.step = null;
        stopTicking();
        if (verbose) {
            line("  done in " + dim(format(duration)));
        } else if (lineOpen) {
            lineOpen = false;
            out.println(" " + format(duration));
            out.flush();
        } else {
            line("Running " + step.describe() + " ... " + dim(format(duration)));
        }
    }

    @Override
    public synchronized void failed(Step step, Duration duration, Failure failure) {
        this.step = null;
        stopTicking();
        shutdown();
        String failed = paint(RED, "failed after " + format(duration));
        if (lineOpen) {
            lineOpen = false;
            out.println(" " + failed);
            out.flush();
        } else if (verbose) {
            line("  " + failed);
        } else {
            line("Running " + step.describe() + " ... " + failed);
        }
    }

    @Override
    public synchronized void summary(RunSummary summary) {
        stopTicking();
        shutdown();
        int n = summary.revisions().size();
        if (summary.purged() > 0) {
            // --purge emptied the version table: say so, even when nothing was stamped after it
            line("Removed " + summary.purged() + (summary.purged() == 1 ? " row" : " rows")
                    + " from the version table (--purge), then stamped " + (n == 0 ? "nothing (the database is at base)"
                            : n + (n == 1 ? " revision" : " revisions")) + " in " + format(summary.elapsed()) + ".");
        } else if (n == 0) {
            line(summary.operation().equals("upgrade") || summary.operation().equals("downgrade")
                    ? "Nothing to " + summary.operation() + ": the database is already there."
                    : "Nothing to " + summary.operation() + ".");
        } else {
            line(paint(GREEN, capitalise(summary.operation()) + " " + n + (n == 1 ? " revision" : " revisions")
                    + " in " + format(summary.elapsed()) + "."));
        }
    }

    /** A finished line: above the status line, which is drawn again below it while a revision runs. */
    private void line(String text) {
        clearStatus();
        out.println(text);
        if (display.live() && step != null) {
            redraw();
        }
        out.flush();
    }

    private void startTicking() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "retort-progress");
                t.setDaemon(true); // never keeps the JVM alive
                return t;
            });
        }
        if (ticking == null) {
            ticking = ticker.scheduleAtFixedRate(this::tick, 1000, 250, TimeUnit.MILLISECONDS);
        }
    }

    private void stopTicking() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        clearStatus();
    }

    private void shutdown() {
        if (ticker != null) {
            ticker.shutdown();
            ticker = null;
        }
    }

    private synchronized void tick() {
        if (step != null && ticking != null) {
            frame++;
            redraw();
        }
    }

    /** The status line: "[n/N] | Running upgrade a -> b, msg  3.2 s", cut to the terminal's width. */
    private void redraw() {
        if (step == null) {
            return;
        }
        long now = System.nanoTime();
        StringBuilder s = new StringBuilder();
        s.append(SPINNER[frame % SPINNER.length]).append(' ');
        if (total > 0) {
            s.append('[').append(Math.min(done + 1, total)).append('/').append(total).append("] ");
        }
        String what = statementText != null ? statementText.strip() : "Running " + step.describe();
        String elapsed = " " + format(Duration.ofNanos(now - (statementText != null ? statementStart : stepStart)));
        int room = display.width() - 1 - s.length() - elapsed.length();
        s.append(what.length() > room ? what.substring(0, Math.max(0, room - 3)) + "..." : what).append(elapsed);
        String text = s.toString();
        // padding with spaces, not an erase sequence: NO_COLOR means no escape sequences at all
        out.print("\r" + text + " ".repeat(Math.max(0, statusLength - text.length())));
        statusLength = text.length();
        status = text;
        out.flush();
    }

    private void clearStatus() {
        if (status != null) {
            out.print("\r" + " ".repeat(statusLength) + "\r");
            status = null;
            statusLength = 0;
        }
    }

    private String dim(String text) {
        return paint(DIM, text);
    }

    private String paint(String colour, String text) {
        return display.colour() ? colour + text + RESET : text;
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
