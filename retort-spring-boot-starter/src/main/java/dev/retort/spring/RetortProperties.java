package dev.retort.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code retort.*} properties. A JavaBean rather than a record: the configuration processor
 * reads the defaults from the field initializers into the metadata IDEs show.
 */
@ConfigurationProperties(prefix = "retort")
public class RetortProperties {
    /** Whether to upgrade the database at start-up. */
    private boolean enabled = true;

    /** The revision to upgrade to at start-up: head, heads, label@head, or a revision id. */
    private String target = "head";

    /**
     * Where the revisions are. classpath:FOLDER reads the SQL files under FOLDER in the
     * application's classes and jars and the Java revision classes in the package of the same
     * name (db/retort: package db.retort); filesystem:FOLDER reads a folder of revision files.
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/retort"));

    /** JDBC url of the database to upgrade, when it is not the application's DataSource. */
    private String url;

    /** Login user for retort.url. */
    private String user;

    /** Login password for retort.url. */
    private String password;

    /** The table recording applied revisions. */
    private String versionTable = "retort_version";

    /** The schema holding the version table; default the connection's. */
    private String schema;

    /** How long to wait for another instance that is upgrading the same database. */
    private Duration lockTimeout = Duration.ofMinutes(5);

    /**
     * Refuse to start when an applied revision changed since (checksum), when the database has
     * applied a revision the application does not define, or when an upgrade failed half way.
     */
    private boolean validateOnStart = true;

    /** Refuse to start when doctor finds an error in the revisions (a broken chain, several heads, ...). */
    private boolean failOnDoctorErrors = false;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public boolean isValidateOnStart() {
        return validateOnStart;
    }

    public void setValidateOnStart(boolean validateOnStart) {
        this.validateOnStart = validateOnStart;
    }

    public boolean isFailOnDoctorErrors() {
        return failOnDoctorErrors;
    }

    public void setFailOnDoctorErrors(boolean failOnDoctorErrors) {
        this.failOnDoctorErrors = failOnDoctorErrors;
    }

    @Override
    public String toString() {
        // never the password
        return "RetortProperties[enabled=" + enabled + ", target=" + target + ", locations=" + locations + ", url="
                + url + ", user=" + user + ", versionTable=" + versionTable + ", schema=" + schema + "]";
    }
}
