package dev.retort.dialect;

import dev.retort.MissingDriverException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Opens a JDBC connection with whichever driver the application put on the class path. The
 * drivers are optional dependencies of retort-core, so one may be missing: that is a
 * {@link MissingDriverException} naming the driver's Maven coordinates, not DriverManager's
 * "No suitable driver".
 */
public final class JdbcDrivers {
    private JdbcDrivers() {}

    /**
     * A connection to {@code url}. DriverManager first; then the drivers the thread's context
     * class loader sees, because DriverManager hands a driver only to callers whose own class
     * loader can load it, and a host such as the Maven plugin puts the project's drivers in a
     * child loader of Retort's.
     *
     * @param shownUrl the url as an error may print it (secrets masked)
     * @param driver the Maven coordinates of the url's driver, for the error when it is missing
     *     (null when no known database answers to the url)
     */
    public static Connection open(String url, Properties props, String shownUrl, String driver) throws SQLException {
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            if (!noSuitableDriver(e)) {
                throw e;
            }
        }
        Optional<Driver> loaded = contextDriver(url);
        if (loaded.isPresent()) {
            Connection c = loaded.get().connect(url, props);
            if (c != null) {
                return c;
            }
        }
        if (driver != null) {
            throw new MissingDriverException(shownUrl, driver);
        }
        throw new SQLException("No suitable driver found for " + shownUrl, "08001");
    }

    /** A connection to a url that holds no secret (a local file, an in-memory database). */
    public static Connection open(String url, String driver) throws SQLException {
        return open(url, new Properties(), url, driver);
    }

    /** DriverManager's answer when no registered driver accepts the url. */
    public static boolean noSuitableDriver(SQLException e) {
        return e.getMessage() != null && e.getMessage().startsWith("No suitable driver");
    }

    private static Optional<Driver> contextDriver(String url) throws SQLException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            return Optional.empty();
        }
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, loader).iterator();
        // bounded: a jar's broken service entry is skipped, and must not hide the drivers after it
        for (int broken = 0; broken < 100; ) {
            Driver d;
            try {
                if (!drivers.hasNext()) {
                    return Optional.empty();
                }
                d = drivers.next();
            } catch (ServiceConfigurationError e) {
                broken++;
                continue;
            }
            if (d.acceptsURL(url)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
