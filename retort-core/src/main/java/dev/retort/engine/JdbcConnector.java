package dev.retort.engine;

import dev.retort.RetortException;
import dev.retort.config.Secrets;
import dev.retort.dialect.ConnectionOpener;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens JDBC connections from a url, user and password, and keeps the password out of every
 * message: drivers (and DriverManager) sometimes repeat the url, with its secrets, in errors.
 */
public final class JdbcConnector {
    static final String SUPPORTED =
            "use a url starting with jdbc:postgresql:, jdbc:mariadb: (or jdbc:mysql:), jdbc:sqlite: or jdbc:h2:";
    private static final String MYSQL = "jdbc:mysql:";

    private JdbcConnector() {}

    /**
     * The url the bundled drivers accept: MariaDB's driver, the one Retort ships for MySQL too,
     * refuses the jdbc:mysql: prefix unless told, so MySQL urls are handed to it as jdbc:mariadb:.
     */
    static String driverUrl(String url) {
        if (url != null && url.regionMatches(true, 0, MYSQL, 0, MYSQL.length())) {
            return "jdbc:mariadb:" + url.substring(MYSQL.length());
        }
        return url;
    }

    /** An opener for {@code url}; user and password may be null or empty (then the url's own apply). */
    public static ConnectionOpener opener(String url, String user, String password) {
        return ConnectionOpener.withUrl(url, () -> {
            Properties props = new Properties();
            if (user != null && !user.isEmpty()) {
                props.setProperty("user", user);
            }
            if (password != null && !password.isEmpty()) {
                props.setProperty("password", password);
            }
            try {
                return DriverManager.getConnection(driverUrl(url), props);
            } catch (SQLException e) {
                String message = scrub(e.getMessage(), password);
                if (message.startsWith("No suitable driver")) {
                    throw RetortException.usage("no JDBC driver accepts " + Secrets.maskUrl(url), SUPPORTED);
                }
                SQLException clean = new SQLException("cannot connect to " + Secrets.maskUrl(url) + ": " + message, e.getSQLState(),
                        e.getErrorCode());
                clean.setStackTrace(e.getStackTrace()); // the cause is dropped: its message holds the secret
                throw clean;
            }
        });
    }

    /** {@code text} with every occurrence of the password and of url secrets replaced by ***. */
    public static String scrub(String text, String password) {
        if (text == null) {
            return "";
        }
        String out = text;
        if (password != null && !password.isEmpty()) {
            out = out.replace(password, "***");
        }
        return Secrets.maskUrl(out);
    }
}
