package dev.retort;

import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOverrides;
import dev.retort.config.Secrets;
import dev.retort.config.WrittenSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The secret values of a run (passwords, url credentials), replaced by {@code ***} wherever they
 * appear in text that leaves the process, also percent-encoded, JSON- or SQL-escaped. Immutable.
 */
public final class SecretMask {
    private static final SecretMask NONE = new SecretMask(Secrets.none());

    private final Secrets secrets;

    private SecretMask(Secrets secrets) {
        this.secrets = secrets;
    }

    public static SecretMask none() {
        return NONE;
    }

    /**
     * The secrets of the configuration the given flags select (each may be null): as written in
     * any section of the file (not expanded), and as resolved. None when no configuration can be
     * read: the command itself will say why.
     */
    public static SecretMask ofConfig(Path cwd, Map<String, String> environment, Path configFile, String environmentName, String url) {
        Secrets s = Secrets.none();
        try {
            ConfigLoader loader = new ConfigLoader(cwd, environment);
            ConfigOverrides flags = new ConfigOverrides(configFile, environmentName, url, null, null);
            Path file = loader.locate(flags);
            s = s.with(WrittenSecrets.written(Files.readString(file, StandardCharsets.UTF_8)));
            s = s.with(loader.load(flags).secrets().values());
        } catch (IOException | RuntimeException e) {
            // no readable configuration: nothing more to learn here
        }
        return new SecretMask(s);
    }

    /** These values too. */
    public SecretMask with(Collection<String> values) {
        return new SecretMask(secrets.with(values));
    }

    public SecretMask with(SecretMask other) {
        return new SecretMask(secrets.with(other.secrets.values()));
    }

    /** The credentials in {@code text} if it is a url (user-info, password parameters); else unchanged. */
    public SecretMask withUrl(String text) {
        return new SecretMask(secrets.withUrl(text));
    }

    public boolean isEmpty() {
        return secrets.values().isEmpty();
    }

    public List<String> values() {
        return secrets.values();
    }

    public String mask(String text) {
        return secrets.mask(text);
    }

    /** The credentials a url's own structure marks (user-info, password parameters) masked, wherever urls stand in {@code text}. */
    public static String maskUrl(String text) {
        return Secrets.maskUrl(text);
    }
}
