package dev.retort.schema;

import dev.retort.schema.model.Reflector;
import dev.retort.schema.model.Schema;
import dev.retort.schema.diff.SchemaDiff;
import dev.retort.schema.model.TableFilter;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ScratchSpace;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.dialect.ddl.DdlExecutor;
import dev.retort.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;

/**
 * A model realized in a {@link ScratchSpace} (a database of its own beside the target, never
 * a part of it), through one connection: a desired-state schema.sql applied, or a draft
 * schema created, then reflected. The space is dropped on close.
 */
public final class ScratchDatabase implements AutoCloseable {
    private final ScratchSpace space;
    private final Connection connection;
    private final String schemaName;

    private ScratchDatabase(ScratchSpace space, Connection connection, String schemaName) {
        this.space = space;
        this.connection = connection;
        this.schemaName = schemaName;
    }

    /**
     * A scratch database on the server of {@code url} (SQLite, H2: local), reached through
     * {@code connector} with the target's credentials; reflection reads the schema the target's
     * url works in (PostgreSQL: its currentSchema, else public).
     */
    public static ScratchDatabase open(Dialect dialect, String url, ScratchSpace.Connector connector) {
        ScratchSpace space = ScratchSpace.create(dialect, url, connector);
        try {
            Connection c = space.opener().open();
            c.setAutoCommit(!dialect.scratch().appliesInOneTransaction());
            return new ScratchDatabase(space, c, dialect.scratch().createdSchema(url));
        } catch (SQLException | RuntimeException e) {
            space.close();
            throw new RetortException(RetortException.Kind.FAILED, "cannot use the scratch database: " + e.getMessage(),
                    "check that the database is reachable", e);
        }
    }

    public Dialect dialect() {
        return space.dialect();
    }

    public Connection connection() {
        return connection;
    }

    /** The schema to reflect (PostgreSQL), or null: the connection's own database. */
    public String schemaName() {
        return schemaName;
    }

    /** The scratch database's name (PostgreSQL, MySQL), or null. */
    public String name() {
        return space.name();
    }

    /** What the space is, for messages. */
    public String description() {
        return space.description();
    }

    /**
     * Runs DDL statements; a failing one is a usage error naming {@code file} and its line. On
     * PostgreSQL ({@code appliesInOneTransaction}) they go as one batch, a single round trip, inside one transaction.
     */
    public void apply(String file, List<SqlStatement> statements) {
        Dialect dialect = space.dialect();
        try {
            if (dialect.scratch().appliesInOneTransaction() && statements.size() > 1) {
                Savepoint before = connection.setSavepoint();
                try (Statement s = connection.createStatement()) {
                    for (SqlStatement st : statements) {
                        s.addBatch(st.sql());
                    }
                    s.executeBatch();
                    return;
                } catch (SQLException e) {
                    try {
                        connection.rollback(before); // run them one by one to tell which one failed
                    } catch (SQLException gone) {
                        connection.rollback(); // the file ended the transaction itself (COMMIT)
                    }
                }
            }
            try (Statement s = connection.createStatement()) {
                for (SqlStatement st : statements) {
                    try {
                        s.execute(st.sql());
                    } catch (SQLException e) {
                        throw RetortException.usage(file + ":" + st.line() + ": the statement fails on " + dialect.name() + ": "
                                + firstLine(e.getMessage()), "fix it: this file is plain " + dialect.name()
                                        + " DDL that describes the tables as they should be");
                    }
                }
            }
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot use the scratch database: " + e.getMessage(),
                    "check that the database is reachable", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** Creates the tables of a draft schema (a JPA model, say), so that reflecting gives the database's own spelling of it. */
    public void create(Schema draft) {
        DdlExecutor run = new DdlExecutor(space.dialect().ddl(), connection, sql -> { });
        for (Operation op : SchemaDiff.diff(new Schema(space.dialect().name(), List.of()), draft)) {
            run.accept(op);
        }
    }

    public Schema reflect(TableFilter filter) {
        return space.dialect().reflect(connection, schemaName, filter);
    }

    @Override
    public void close() {
        try (ScratchSpace s = space) {
            connection.close();
        } catch (SQLException e) {
            // the space is dropped all the same (PostgreSQL: WITH (FORCE))
        }
    }
}
