package dev.retort.verify;

import dev.retort.config.Secrets;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.ScratchSpace;
import dev.retort.engine.JdbcConnector;

/**
 * The database verify may change at will: a {@link ScratchSpace} (a database of its own on the
 * configured server, or on the scratch server of [verify] url; a temporary SQLite file; an
 * in-memory H2 database), dropped on {@link #close()} whatever happened in between; or a
 * database named with --url, used as it is.
 */
public final class Scratch implements AutoCloseable {
    private final ScratchSpace space;
    private final String schema;
    private final boolean disposable;

    private Scratch(ScratchSpace space, String schema, boolean disposable) {
        this.space = space;
        this.schema = schema;
        this.disposable = disposable;
    }

    /** A database the user named (--url): used as it is and not dropped. */
    public static Scratch given(String url, String user, String password) {
        Dialect d = Dialect.fromUrl(url);
        ScratchSpace space = ScratchSpace.given(d, url, u -> JdbcConnector.opener(u, user, password),
                "database " + Secrets.maskUrl(url));
        String schema = switch (d.name()) {
            case "postgresql" -> ScratchSpace.param(url, "currentSchema");
            case "mysql" -> space.name();
            default -> null;
        };
        return new Scratch(space, schema, false);
    }

    /**
     * A fresh place beside the configured database ({@code url} empty: a temporary SQLite
     * file), named uniquely so that parallel runs never meet.
     */
    public static Scratch create(String url, String user, String password) {
        Dialect d = url == null || url.isBlank() ? Dialect.named("sqlite") : Dialect.fromUrl(url);
        return new Scratch(ScratchSpace.create(d, url == null ? "" : url, u -> JdbcConnector.opener(u, user, password)), null,
                true);
    }

    public Dialect dialect() {
        return space.dialect();
    }

    /** The url the engine runs revisions against. */
    public String url() {
        return space.url();
    }

    public ConnectionOpener opener() {
        return space.opener();
    }

    /** The database (MySQL) or schema (PostgreSQL) reflection reads, or null: the connection's own. */
    public String schema() {
        return schema;
    }

    /** The scratch database's name (PostgreSQL, MySQL), for the statement checks; null for SQLite and H2. */
    public String name() {
        return space.name();
    }

    /**
     * For the report: "scratch database retort_scratch_... on jdbc:postgresql://host:5432, dropped
     * afterwards", secrets masked. A database given with --url is downgraded to base instead.
     */
    public String description() {
        return space.description() + (disposable ? ", dropped afterwards" : ", taken back to base afterwards");
    }

    public boolean disposable() {
        return disposable;
    }

    @Override
    public void close() {
        space.close();
    }
}
