package dev.retort.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps passwords out of output: every url is printed through {@link #maskUrl}. */
public final class Secrets {
    public static final String MASK = "***";

    // user:password@ in the authority part (jdbc:postgresql://u:p@host/db, mysql://u:p@host). The
    // password runs to the LAST '@' before the parameters: it may itself hold '@' or '/'.
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?;&\\s]*):([^?;&\\s]*)@");
    // password=... as a query parameter or a ;-separated property (H2, SQL Server, MariaDB), also
    // inside a driver's message, where a bracket or a space may end it.
    private static final Pattern PARAM = Pattern.compile(
            "(?i)((?<![\\w.])(?:password|passwd|pwd|sslpassword|secret|token)=)([^&;)\\s]*)");

    private Secrets() {}

    /** The url with its password(s) replaced by {@value #MASK}; null stays null. */
    public static String maskUrl(String url) {
        if (url == null || url.isEmpty()) {
            return url;
        }
        String masked = USER_INFO.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ":" + MASK + "@"));
        return PARAM.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    }
}
