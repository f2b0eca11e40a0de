package dev.retort.autogen;

import dev.retort.dialect.registry.Dialects;
import dev.retort.RetortException;
import dev.retort.config.ModelConfig;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ScratchGuard;
import dev.retort.dialect.ScratchSpace;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import java.util.List;
import java.util.Set;
import dev.retort.engine.JdbcConnector;
import dev.retort.schema.model.Reflector;
import dev.retort.schema.model.Schema;
import dev.retort.schema.cache.SchemaJson;
import dev.retort.schema.ScratchDatabase;
import dev.retort.schema.model.TableFilter;
import dev.retort.schema.jpa.JpaModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.sql.Connection;
import java.sql.SQLException;

/** Builds the model schema from the configured source: a desired-state schema.sql, or another database. */
final class ModelLoader {
    private ModelLoader() {}

    /**
     * The model in {@code dialect}'s terms. A schema.sql runs, once its statements are checked, in
     * a scratch database of its own on the server of {@code site}, which is always dropped.
     */
    static Schema load(ModelConfig model, Dialect dialect, String targetUrl, Site site, TableFilter filter, Path cacheDir) {
        model.require();
        if (model.schema() != null) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(model.schema());
            } catch (IOException | RuntimeException e) {
                throw RetortException.usage(model.where() + ": cannot read the model schema " + model.schema() + ": "
                        + e.getMessage(), "check the path in [model] schema (relative to retort.toml)");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return cached(bytes, dialect, targetUrl, filter, cacheDir,
                    () -> fromSchemaFile(model, text, dialect, site, filter));
        } else if (!model.url().isEmpty()) {
            return fromUrl(model, dialect, filter);
        }
        Schema draft = JpaModel.draft(dialect, model.jpa().classpath(), model.jpa().packages());
        byte[] key = SchemaJson.write(draft).getBytes(StandardCharsets.UTF_8);
        return cached(key, dialect, targetUrl, filter, cacheDir, () -> {
            try (ScratchDatabase scratch = ScratchDatabase.open(dialect, site.server(), site.connector())) {
                scratch.create(draft);
                return scratch.reflect(filter);
            }
        });
    }

    /**
     * The model from the cache in {@code cacheDir} (the project's .retort folder), keyed by its
     * source (schema.sql's bytes, or the JPA draft), the dialect, the server's url and the table filter; built and
     * stored when absent. Applying a large schema to a scratch database costs seconds; reading
     * the cache, milliseconds. A cache that cannot be read or written is simply not used.
     * The key is two checksums (CRC-32C and CRC-32, a millisecond where SHA-256 costs ~15 ms in a
     * fresh JVM) and the length; an entry keeps its source beside it, compared byte for byte
     * before the entry is used, so that a checksum collision cannot give a wrong model. (The url
     * is only in the checksums: it may hold a password.)
     */
    private static Schema cached(byte[] source, Dialect dialect, String url, TableFilter filter, Path cacheDir,
            Supplier<Schema> build) {
        if (cacheDir == null) {
            return build.get();
        }
        Path models = cacheDir.resolve("models");
        String key = key(dialect, url, filter, source);
        Path file = models.resolve(key + ".json");
        Path sourceFile = models.resolve(key + ".source");
        try {
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(sourceFile), source)) {
                return SchemaJson.read(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // a damaged or partly written entry: build the model again and overwrite it
        }
        Schema schema = build.get();
        try {
            Files.createDirectories(models);
            store(sourceFile, source);
            store(file, SchemaJson.write(schema).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // only a cache
        }
        return schema;
    }

    private static void store(Path file, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), ".model-", ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String key(Dialect dialect, String url, TableFilter filter, byte[] source) {
        byte[] head = String.join("\n", "retort-model-3", dialect.name(), url, String.join(",", filter.include()),
                String.join(",", filter.exclude()), String.join(",", new TreeSet<>(filter.alwaysExcluded())), "")
                .getBytes(StandardCharsets.UTF_8);
        CRC32C c = new CRC32C();
        c.update(head);
        c.update(source);
        CRC32 d = new CRC32();
        d.update(head);
        d.update(source);
        HexFormat hex = HexFormat.of();
        return new StringBuilder(hex.toHexDigits((int) c.getValue())).append(hex.toHexDigits((int) d.getValue()))
                .append('-').append(Long.toHexString((long) head.length + source.length)).toString();
    }

    /**
     * Where the model's scratch database goes: the server of {@code server} (the target's, or
     * [model] scratch_url, which is {@code dedicated} to scratch work), reached by {@code connector};
     * {@code describes} is the database the model stands for (the target's), whose name in the
     * file means the scratch database.
     */
    record Site(String server, ScratchSpace.Connector connector, boolean dedicated, String describes) {}

    private static Schema fromSchemaFile(ModelConfig model, String text, Dialect dialect, Site site, TableFilter filter) {
        String file = model.schema().toString();
        List<SqlStatement> statements = SqlSplitter.split(ScratchGuard.withoutClientCommands(dialect, text), dialect.syntax(),
                file, 1);
        try (ScratchDatabase scratch = ScratchDatabase.open(dialect, site.server(), site.connector())) {
            // every statement is checked (and names of the described database rewritten) before the first one runs
            ScratchGuard guard = ScratchGuard.of(dialect, new ScratchGuard.Scope(scratch.name() == null ? "" : scratch.name(),
                    site.describes() == null ? Set.of() : Set.of(site.describes()), site.dedicated(), true));
            scratch.apply(file, guard.check(file, statements));
            return scratch.reflect(filter);
        }
    }

    private static Schema fromUrl(ModelConfig model, Dialect dialect, TableFilter filter) {
        Dialect other = Dialects.fromUrl(model.url());
        if (!other.equals(dialect)) {
            throw RetortException.usage(model.where() + ": the model database is " + other.name() + " but the target is "
                    + dialect.name(), "compare databases of the same kind");
        }
        try (Connection c = JdbcConnector.opener(model.url(), model.user(), model.password()).open()) {
            return dialect.reflect(c, null, filter);
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot read the model database: " + e.getMessage(),
                    "check [model] url, user and password", e);
        }
    }
}
