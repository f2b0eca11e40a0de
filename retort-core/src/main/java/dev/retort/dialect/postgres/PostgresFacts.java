package dev.retort.dialect.postgres;

import dev.retort.dialect.LintFacts;

/** PostgreSQL's answers to the questions code outside the dialect package asks. */
public final class PostgresFacts {
    private PostgresFacts() {}

    public static final LintFacts LINT = new LintFacts(true, true, true, true, false, LintFacts.VolatileDefault.REWRITES_TABLE);

    /** The JDBC url of a database on a server; user and password travel as properties. */
    public static String serverUrl(String hostPort, String database) {
        return "jdbc:postgresql://" + hostPort + "/" + database;
    }

    /** Whether the driver would see {@code //user:password@host} (which it does not understand) in this url. */
    public static boolean hasAuthority(String driverUrl) {
        return driverUrl.startsWith("jdbc:postgresql://");
    }
}
