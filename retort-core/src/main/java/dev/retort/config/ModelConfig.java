package dev.retort.config;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code [model]} section: what autogenerate and check compare the database with. One
 * source: {@code schema} (a desired-state DDL file of the project's dialect), {@code url}
 * (another database, with optional {@code user} and {@code password}) or {@code jpa} (entity
 * classes). {@code include} and {@code exclude} are table-name globs. Paths are absolute.
 * {@code scratchUrl} names a server meant for scratch work: the model's scratch database goes
 * there, and its statements are not checked for names of other databases (empty: the target's
 * server, with the checks).
 *
 * @param where the config file and line of the section, for messages ("" when absent)
 */
public record ModelConfig(String where, Path schema, String url, String user, String password, List<String> include,
        List<String> exclude, Jpa jpa, String scratchUrl) {

    /** {@code jpa = { classpath = [...], packages = [...] }}: where the entity classes are, and which packages to scan. */
    public record Jpa(List<Path> classpath, List<String> packages) {
        public Jpa {
            classpath = List.copyOf(classpath);
            packages = List.copyOf(packages);
        }
    }

    public static final ModelConfig NONE = new ModelConfig("", null, "", "", "", List.of(), List.of(), null, "");

    /** Without a scratch server. */
    public ModelConfig(String where, Path schema, String url, String user, String password, List<String> include,
            List<String> exclude, Jpa jpa) {
        this(where, schema, url, user, password, include, exclude, jpa, "");
    }

    public ModelConfig {
        where = where == null ? "" : where;
        url = url == null ? "" : url;
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        scratchUrl = scratchUrl == null ? "" : scratchUrl;
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** Whether a model source is configured. */
    public boolean isSet() {
        return schema != null || !url.isEmpty() || jpa != null;
    }

    /** This model, or a usage error saying how to configure one. */
    public ModelConfig require() {
        if (!isSet()) {
            throw RetortException.usage("no model is configured to compare the database with",
                    "add a [model] section to retort.toml, e.g. [model] schema = \"db/schema.sql\"");
        }
        return this;
    }

    @Override
    public String toString() {
        return "ModelConfig[where=" + where + ", schema=" + schema + ", url=" + Secrets.maskUrl(url) + ", user=" + user
                + ", password=" + (password.isEmpty() ? "" : Secrets.MASK) + ", include=" + include + ", exclude=" + exclude
                + ", jpa=" + jpa + ", scratchUrl=" + Secrets.maskUrl(scratchUrl) + "]";
    }
}
