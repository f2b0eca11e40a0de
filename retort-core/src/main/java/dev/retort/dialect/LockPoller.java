package dev.retort.dialect;

import dev.retort.RetortException;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The wait loop shared by the dialects: try, say who holds the lock, back off, give up at the
 * timeout with a message naming the lock and its holder.
 */
public final class LockPoller {
    /** How often the waiting runner repeats what it waits for. */
    private static final long REPORT_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    public interface Attempt {
        /** Tries to take the lock, waiting at most {@code waitMillis}; true when taken. */
        boolean tryLock(long waitMillis) throws SQLException;
    }

    public interface Holder {
        /** Who holds the lock, as far as the database can tell; never null. */
        String describe() throws SQLException;
    }

    private LockPoller() {}

    public static void acquire(LockRequest request, Attempt attempt, Holder holder) throws SQLException {
        long start = System.nanoTime();
        long deadline = start + nanos(request.timeout());
        long lastReport = 0;
        long pause = 20;
        if (attempt.tryLock(0)) {
            return;
        }
        String who = holder.describe();
        while (true) {
            long now = System.nanoTime();
            if (lastReport == 0 || now - lastReport >= REPORT_EVERY_NANOS) {
                request.onWait().accept("waiting for the run lock on " + request.lockName() + ", held by " + who);
                lastReport = now;
            }
            long remaining = (deadline - now) / 1_000_000;
            if (remaining <= 0) {
                throw new RetortException(RetortException.Kind.FAILED,
                        "timed out after " + seconds(request.timeout()) + " waiting for the run lock on "
                                + request.lockName() + ", held by " + who,
                        "another retort run holds it; wait for it to finish, or raise the lock timeout");
            }
            if (attempt.tryLock(Math.min(pause, remaining))) {
                return;
            }
            pause = Math.min(pause * 2, 500);
            who = holder.describe();
        }
    }

    /** Sleeps for attempts that cannot wait on the server; keeps the interrupt. */
    public static void sleep(long millis) throws SQLException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the run lock", e);
        }
    }

    /** The timeout in nanoseconds, a century at most, so that adding it to the clock cannot overflow. */
    private static long nanos(Duration timeout) {
        Duration century = Duration.ofDays(36_525);
        return timeout.isNegative() ? 0 : timeout.compareTo(century) > 0 ? century.toNanos() : timeout.toNanos();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
