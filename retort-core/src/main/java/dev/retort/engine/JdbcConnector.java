package dev.retort.engine;

import dev.retort.dialect.registry.Dialects;
import dev.retort.RetortException;
import dev.retort.config.Secrets;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcDrivers;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens JDBC connections from a url, user and password, and keeps the password out of every
 * message: drivers (and DriverManager) sometimes repeat the url, with its secrets, in errors.
 */
public final class JdbcConnector {
    static final String SUPPORTED = Dialect.SUPPORTED_URLS;

    private JdbcConnector() {}

    /** The url the bundled drivers accept (the dialect of the url knows; an unknown url is left to the drivers). */
    static String driverUrl(String url) {
        return Dialects.ofUrl(url).map(d -> d.driverUrl(url)).orElse(url);
    }

    /**
     * An opener for {@code url}; user and password may be null or empty (then the url's own apply).
     * A {@code //user:password@host} url, which neither the PostgreSQL nor the MariaDB driver
     * understands (MariaDB echoes it back as an "Incorrect port value"), is passed as properties.
     */
    public static ConnectionOpener opener(String url, String user, String password) {
        Secrets secrets = Secrets.of(password).withUrl(url);
        return ConnectionOpener.withUrl(url, () -> {
            Properties props = new Properties();
            String target = driverUrl(url);
            Secrets.UserInfo info = serverUrl(target) ? Secrets.userInfo(target) : null;
            if (info != null) {
                target = info.urlWithout();
                props.setProperty("user", info.user());
                props.setProperty("password", info.password());
            }
            if (user != null && !user.isEmpty()) {
                props.setProperty("user", user);
            }
            if (password != null && !password.isEmpty()) {
                props.setProperty("password", password);
            }
            try {
                return JdbcDrivers.open(target, props, secrets.mask(url), Dialects.ofUrl(target).map(Dialect::driver).orElse(null));
            } catch (SQLException e) {
                String message = secrets.mask(e.getMessage() == null ? "" : e.getMessage());
                if (JdbcDrivers.noSuitableDriver(e)) {
                    throw RetortException.usage("no JDBC driver accepts " + secrets.mask(url), SUPPORTED);
                }
                SQLException clean = new SQLException("cannot connect to " + secrets.mask(url) + ": " + message, e.getSQLState(),
                        e.getErrorCode());
                clean.setStackTrace(e.getStackTrace()); // the cause is dropped: its message holds the secret
                throw clean;
            }
        });
    }

    private static boolean serverUrl(String url) {
        return url != null && Dialects.ofUrl(url).map(d -> d.hasAuthority(url)).orElse(false);
    }

    /** {@code text} with every occurrence of the password and of url secrets replaced by ***. */
    public static String scrub(String text, String password) {
        if (text == null) {
            return "";
        }
        return Secrets.of(password).mask(text);
    }
}
