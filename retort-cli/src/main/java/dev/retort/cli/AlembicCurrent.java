package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.config.AlembicIni;
import dev.retort.config.RetortConfig;
import dev.retort.doctor.AlembicVersionTable;
import dev.retort.engine.JdbcConnector;
import dev.retort.script.Revision;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code retort current} in an Alembic project: the heads in {@code alembic_version}, read with
 * plain JDBC (Alembic's table keeps only heads, without Retort's who/when/checksum columns).
 */
final class AlembicCurrent {
    private AlembicCurrent() {}

    static void print(CliContext ctx, ProjectFiles files) {
        RetortConfig config = files.config();
        if (config.url().isEmpty()) {
            throw RetortException.usage("no database url: " + ctx.display(config.file()) + " has no sqlalchemy.url Retort can use",
                    "pass --url jdbc:postgresql://host/db (or set RETORT_URL); Retort derives one from postgresql://, mysql://, mariadb:// and sqlite:/// urls");
        }
        Set<String> heads;
        try (Connection c = JdbcConnector.opener(config.url(), config.user(), config.password()).open()) {
            heads = AlembicVersionTable.exists(c, AlembicIni.VERSION_TABLE) ? AlembicVersionTable.heads(c, AlembicIni.VERSION_TABLE) : Set.of();
        } catch (SQLException e) {
            throw RetortException.usage("cannot connect to " + config.maskedUrl() + ": " + e.getMessage(),
                    "check sqlalchemy.url in alembic.ini, or pass --url");
        }
        RevisionText text = new RevisionText(new GraphView(files.map()), ctx);
        for (String id : heads) {
            Optional<Revision> r = files.map().find(id);
            ctx.out().println(r.isEmpty() ? id + " (no revision file defines it)" : text.line(r.get(), RevisionText.Parts.HEADS));
        }
    }
}
