package dev.retort.config;

import java.nio.file.Path;

/**
 * What the command line says about configuration; every field may be null (not given). These win
 * over the environment variables, which win over the file.
 */
public record ConfigOverrides(Path configFile, String environment, String url, String user, String password) {
    public static ConfigOverrides none() {
        return new ConfigOverrides(null, null, null, null, null);
    }

    public ConfigOverrides withConfigFile(Path file) {
        return new ConfigOverrides(file, environment, url, user, password);
    }

    public ConfigOverrides withEnvironment(String env) {
        return new ConfigOverrides(configFile, env, url, user, password);
    }

    public ConfigOverrides withUrl(String newUrl) {
        return new ConfigOverrides(configFile, environment, newUrl, user, password);
    }

    @Override
    public String toString() {
        return "ConfigOverrides[configFile=" + configFile + ", environment=" + environment
                + ", url=" + Secrets.maskUrl(url) + ", user=" + user
                + ", password=" + (password == null ? null : Secrets.MASK) + "]";
    }
}
