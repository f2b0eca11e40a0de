package dev.retort.config;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.List;

/**
 * The configuration after discovery, environment selection, expansion and precedence: frozen
 * values, validated once. {@code model} is the [model] section (autogenerate and check).
 * {@code verifyUrl} ([verify] url) names a server meant for scratch work, where verify makes
 * its scratch database without checking statements for other databases' names (empty: beside
 * the configured database, with the checks).
 * {@code file} is null when nothing was read from disk, and is an alembic.ini when the project
 * is an Alembic one read in place (see {@link #alembic()}); {@code versionLocations} are the
 * folders holding revisions, by default {@code scriptLocation/versions}; {@code schema},
 * {@code user}, {@code password}, {@code url} and {@code environment} are empty when not set.
 */
public record RetortConfig(
        Path file,
        Path scriptLocation,
        String url,
        String user,
        String password,
        String versionTable,
        String schema,
        Transaction transaction,
        String environment,
        ModelConfig model,
        String verifyUrl,
        List<Path> versionLocations,
        List<String> dialects) {

    public static final String FILE_NAME = "retort.toml";
    /** Alembic's config file: read-only commands work from it when there is no retort.toml. */
    public static final String ALEMBIC_INI = "alembic.ini";
    public static final String DEFAULT_SCRIPT_LOCATION = "migrations";
    public static final String DEFAULT_VERSION_TABLE = "retort_version";

    /** How an upgrade run groups revisions into transactions. */
    public enum Transaction {
        PER_REVISION("per-revision"),
        ALL("all");

        private final String text;

        Transaction(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        /** The enum for its config text, or null when the text names none. */
        public static Transaction ofText(String text) {
            for (Transaction t : values()) {
                if (t.text.equals(text)) {
                    return t;
                }
            }
            return null;
        }
    }

    public RetortConfig {
        url = url == null ? "" : url;
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        schema = schema == null ? "" : schema;
        environment = environment == null ? "" : environment;
        versionTable = versionTable == null || versionTable.isEmpty() ? DEFAULT_VERSION_TABLE : versionTable;
        transaction = transaction == null ? Transaction.PER_REVISION : transaction;
        model = model == null ? ModelConfig.NONE : model;
        verifyUrl = verifyUrl == null ? "" : verifyUrl;
        versionLocations = versionLocations == null || versionLocations.isEmpty()
                ? scriptLocation == null ? List.of() : List.of(scriptLocation.resolve("versions"))
                : List.copyOf(versionLocations);
        dialects = dialects == null ? List.of() : List.copyOf(dialects);
    }

    /** Without a dialects setting. */
    public RetortConfig(Path file, Path scriptLocation, String url, String user, String password, String versionTable,
            String schema, Transaction transaction, String environment, ModelConfig model, String verifyUrl,
            List<Path> versionLocations) {
        this(file, scriptLocation, url, user, password, versionTable, schema, transaction, environment, model, verifyUrl,
                versionLocations, null);
    }

    /** Without a [verify] section, with the default versions folder. */
    public RetortConfig(Path file, Path scriptLocation, String url, String user, String password, String versionTable,
            String schema, Transaction transaction, String environment, ModelConfig model) {
        this(file, scriptLocation, url, user, password, versionTable, schema, transaction, environment, model, "", null);
    }

    /** With the default versions folder. */
    public RetortConfig(Path file, Path scriptLocation, String url, String user, String password, String versionTable,
            String schema, Transaction transaction, String environment, ModelConfig model, String verifyUrl) {
        this(file, scriptLocation, url, user, password, versionTable, schema, transaction, environment, model, verifyUrl,
                null);
    }

    /** Without a [verify] section. */
    public RetortConfig(Path file, Path scriptLocation, String url, String user, String password, String versionTable,
            String schema, Transaction transaction, String environment, ModelConfig model, List<Path> versionLocations) {
        this(file, scriptLocation, url, user, password, versionTable, schema, transaction, environment, model, "",
                versionLocations);
    }

    /** Without a [model] section. */
    public RetortConfig(Path file, Path scriptLocation, String url, String user, String password, String versionTable,
            String schema, Transaction transaction, String environment) {
        this(file, scriptLocation, url, user, password, versionTable, schema, transaction, environment, ModelConfig.NONE);
    }

    /**
     * The project's folder, where compiled-class caches and .retort/ live: the config file's
     * folder, or the script location when there is no file. The one place this is decided.
     */
    public Path projectFolder() {
        return file == null ? scriptLocation : file.toAbsolutePath().getParent();
    }

    /** The folder searched recursively for revision files (the first of {@link #versionLocations}). */
    public Path versions() {
        return versionLocations.isEmpty() ? scriptLocation.resolve("versions") : versionLocations.get(0);
    }

    /** True when this is an Alembic project read from its alembic.ini: read-only commands only. */
    public boolean alembic() {
        return file != null && file.getFileName().toString().equals(ALEMBIC_INI);
    }

    /** The folder holding project overrides of the revision templates. */
    public Path templates() {
        return scriptLocation.resolve("templates");
    }

    /** The url, or a usage error saying where to set one. */
    public String requireUrl() {
        if (url.isEmpty()) {
            String where = file == null ? "a " + FILE_NAME : "[retort] of " + file;
            throw RetortException.usage("no database url is configured",
                    "set url in " + where + ", or RETORT_URL, or pass --url");
        }
        return url;
    }

    /** The url safe to print. */
    public String maskedUrl() {
        return secrets().mask(url);
    }

    /** The secrets this configuration holds: its password, the model's, and those in their urls. */
    public Secrets secrets() {
        return Secrets.of(password, model.password()).withUrl(url).withUrl(model.url());
    }

    @Override
    public String toString() {
        return "RetortConfig[file=" + file + ", scriptLocation=" + scriptLocation + ", url=" + maskedUrl()
                + ", user=" + user + ", password=" + (password.isEmpty() ? "" : Secrets.MASK)
                + ", versionTable=" + versionTable + ", schema=" + schema + ", transaction=" + transaction.text()
                + ", environment=" + environment + ", model=" + model + ", verifyUrl=" + Secrets.maskUrl(verifyUrl)
                + ", versionLocations=" + versionLocations + ", dialects=" + dialects + "]";
    }
}
