package dev.retort.spring;

import dev.retort.MigrationListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Retort's start-up lines, through the application's logging (commons-logging, which Spring
 * routes to Logback or whatever the application chose), in the style of Spring's own:
 * {@code Retort: upgraded jdbc:h2:mem:app from base to 2b8e4d0f3c21 (2 revisions, 120 ms)}.
 */
final class StartupLog implements MigrationListener {
    private static final Log LOG = LogFactory.getLog(RetortMigrationInitializer.class);

    private final List<RunSummary> summaries = new ArrayList<>();

    @Override
    public void waiting(String message) {
        LOG.info("Retort: " + message);
    }

    @Override
    public void finished(Step step, Duration duration) {
        String message = step.message().lines().findFirst().orElse("");
        LOG.info("Retort: " + step.direction().text() + " " + (step.from().isEmpty() ? "base" : step.from()) + " -> "
                + (step.to().isEmpty() ? "base" : step.to()) + (message.isEmpty() ? "" : ", " + message) + " ("
                + duration.toMillis() + " ms)");
    }

    @Override
    public synchronized void summary(RunSummary summary) {
        summaries.add(summary);
    }

    synchronized List<RunSummary> summaries() {
        return List.copyOf(summaries);
    }

    /** The line after the migration strategy ran: what changed, or that nothing had to. */
    void report(String database, List<String> before, List<String> after, long nanos) {
        List<RunSummary> upgrades = summaries().stream().filter(s -> s.operation().equals("upgrade")).toList();
        int applied = upgrades.stream().mapToInt(s -> s.revisions().size()).sum();
        String from = heads(before);
        String to = heads(after);
        if (applied > 0) {
            LOG.info("Retort: upgraded " + database + " from " + from + " to " + to + " (" + applied + " revision"
                    + (applied == 1 ? "" : "s") + ", " + Duration.ofNanos(nanos).toMillis() + " ms)");
        } else if (before.equals(after)) {
            LOG.info("Retort: " + database + (upgrades.isEmpty() ? " left at " + to + " by the migration strategy"
                    : " is up to date at " + to));
        } else {
            LOG.info("Retort: " + database + " went from " + from + " to " + to);
        }
    }

    private static String heads(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
