package dev.retort.autogen;

import dev.retort.RetortException;
import dev.retort.config.ModelConfig;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.SqlSplitter;
import dev.retort.dialect.SqlStatement;
import dev.retort.engine.JdbcConnector;
import dev.retort.schema.Reflector;
import dev.retort.schema.Schema;
import dev.retort.schema.ScratchDatabase;
import dev.retort.schema.TableFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Builds the model schema from the configured source: a desired-state schema.sql, or another database. */
final class ModelLoader {
    private ModelLoader() {}

    /**
     * The model in {@code dialect}'s terms. A schema.sql runs on a scratch schema or database
     * beside the target (reached through {@code targetOpener}), which is always dropped.
     */
    static Schema load(ModelConfig model, Dialect dialect, String targetUrl, ConnectionOpener targetOpener, TableFilter filter) {
        model.require();
        if (model.schema() != null) {
            return fromSchemaFile(model, dialect, targetUrl, targetOpener, filter);
        } else if (!model.url().isEmpty()) {
            return fromUrl(model, dialect, filter);
        }
        throw RetortException.usage(model.where() + ": jpa models are not supported yet",
                "use schema = \"db/schema.sql\" or url = \"...\" in [model]");
    }

    private static Schema fromSchemaFile(ModelConfig model, Dialect dialect, String targetUrl, ConnectionOpener opener,
            TableFilter filter) {
        String text;
        try {
            text = Files.readString(model.schema(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw RetortException.usage(model.where() + ": cannot read the model schema " + model.schema() + ": " + e.getMessage(),
                    "check the path in [model] schema (relative to retort.toml)");
        }
        String file = model.schema().toString();
        var statements = SqlSplitter.split(text, dialect.syntax(), file, 1);
        try (ScratchDatabase scratch = ScratchDatabase.open(dialect, targetUrl, opener);
                Statement s = scratch.connection().createStatement()) {
            for (SqlStatement st : statements) {
                try {
                    s.execute(st.sql());
                } catch (SQLException e) {
                    throw RetortException.usage(file + ":" + st.line() + ": the model schema does not run on " + dialect.name()
                            + ": " + firstLine(e.getMessage()), "fix the statement; schema.sql is plain " + dialect.name()
                                    + " DDL describing the tables as they should be");
                }
            }
            return scratch.reflect(filter);
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot use the scratch database: " + e.getMessage(),
                    "check the database", e);
        }
    }

    private static Schema fromUrl(ModelConfig model, Dialect dialect, TableFilter filter) {
        Dialect other = Dialect.fromUrl(model.url());
        if (!other.equals(dialect)) {
            throw RetortException.usage(model.where() + ": the model database is " + other.name() + " but the target is "
                    + dialect.name(), "compare databases of the same kind");
        }
        try (Connection c = JdbcConnector.opener(model.url(), model.user(), model.password()).open()) {
            return Reflector.reflect(dialect, c, null, filter);
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot read the model database: " + e.getMessage(),
                    "check [model] url, user and password", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
