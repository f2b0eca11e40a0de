package dev.retort;

/**
 * No JDBC driver on the class path accepts the url: the drivers are optional dependencies of
 * retort-core, so an application brings the one of its database. A usage error (exit 2 in the
 * command line) whose hint names the driver's Maven coordinates; front ends that know where a
 * dependency goes (the Maven plugin's {@code <dependencies>}) say so with {@link #driver()}.
 */
public final class MissingDriverException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final String driver;

    /**
     * @param shownUrl the url as it may be printed (secrets masked)
     * @param driver   groupId:artifactId of the driver to add
     */
    public MissingDriverException(String shownUrl, String driver) {
        super(Kind.USAGE, "no JDBC driver for " + shownUrl, "add " + driver + " to the classpath");
        this.driver = driver;
    }

    /** The Maven coordinates (groupId:artifactId) of the missing driver. */
    public String driver() {
        return driver;
    }
}
