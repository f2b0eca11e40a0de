package dev.retort.dialect.mysql;

import dev.retort.dialect.LintFacts;

/** MySQL's and MariaDB's answers to the questions code outside the dialect package asks. */
public final class MysqlFacts {
    private static final String MYSQL = "jdbc:mysql:";
    private static final String MARIADB = "jdbc:mariadb:";

    private MysqlFacts() {}

    /** InnoDB indexes foreign keys itself and builds indexes online; ADD COLUMN with a per-row default copies the table. */
    public static final LintFacts LINT = new LintFacts(false, false, false, false, true, LintFacts.VolatileDefault.COPIES_TABLE);

    /**
     * The url the bundled driver accepts: MariaDB's driver, the one Retort ships for MySQL too,
     * refuses the jdbc:mysql: prefix unless told, so MySQL urls are handed to it as jdbc:mariadb:.
     */
    public static String driverUrl(String url) {
        if (url != null && url.regionMatches(true, 0, MYSQL, 0, MYSQL.length())) {
            return MARIADB + url.substring(MYSQL.length());
        }
        return url;
    }

    /** The JDBC url of a database on a server; user and password travel as properties. */
    public static String serverUrl(String hostPort, String database) {
        return MARIADB + "//" + hostPort + "/" + database;
    }

    /** Whether the driver would see {@code //user:password@host} (which it echoes as a bad port) in this url. */
    public static boolean hasAuthority(String driverUrl) {
        return driverUrl.startsWith(MARIADB + "//");
    }
}
