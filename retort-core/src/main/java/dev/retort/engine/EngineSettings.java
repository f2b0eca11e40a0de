package dev.retort.engine;

import dev.retort.config.RetortConfig;
import java.net.InetAddress;
import java.time.Duration;

/**
 * How runs behave.
 *
 * @param lockTimeout how long a runner waits for another one to finish before giving up
 * @param runMode {@code PER_REVISION} or {@code ALL}: one transaction for the whole run (the
 *     configuration's {@code transaction}; a revision's own mode is its header's). ALL only
 *     means something where DDL is transactional (PostgreSQL, SQLite); on MySQL/MariaDB and H2
 *     each DDL statement commits, so revisions run one by one with failure markers either way
 * @param appliedBy who is recorded in the version table and the log
 */
public record EngineSettings(Duration lockTimeout, RetortConfig.Transaction runMode, String appliedBy) {
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);

    public EngineSettings {
        runMode = runMode == null ? RetortConfig.Transaction.PER_REVISION : runMode;
    }

    /** Per-revision transactions, a 5-minute lock timeout, and "user@host" as the author. */
    public static EngineSettings defaults() {
        return new EngineSettings(DEFAULT_LOCK_TIMEOUT, RetortConfig.Transaction.PER_REVISION, whoAmI());
    }

    public EngineSettings withLockTimeout(Duration timeout) {
        return new EngineSettings(timeout, runMode, appliedBy);
    }

    public EngineSettings withRunMode(RetortConfig.Transaction mode) {
        return new EngineSettings(lockTimeout, mode, appliedBy);
    }

    public EngineSettings withAppliedBy(String who) {
        return new EngineSettings(lockTimeout, runMode, who);
    }

    static String whoAmI() {
        String user = System.getProperty("user.name", "unknown");
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "unknown";
            }
        }
        return user + "@" + host;
    }
}
