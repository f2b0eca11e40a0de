package dev.retort.autogen;

import dev.retort.dialect.registry.Dialects;
import dev.retort.RetortException;
import dev.retort.config.ModelConfig;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ScratchSpace;
import dev.retort.engine.AppliedRevision;
import dev.retort.engine.EngineSettings;
import dev.retort.engine.JdbcConnector;
import dev.retort.engine.Migrator;
import dev.retort.engine.VersionTableNames;
import dev.retort.graph.RevisionMap;
import dev.retort.Operation;
import dev.retort.schema.render.JavaBodies;
import dev.retort.schema.model.Reflector;
import dev.retort.schema.model.Schema;
import dev.retort.schema.diff.SchemaDiff;
import dev.retort.schema.render.SqlBodies;
import dev.retort.schema.model.TableFilter;
import dev.retort.script.Format;
import dev.retort.script.RevisionHeader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What {@code revision --autogenerate} and {@code check} share: the database, which must be at
 * head, compared with the configured model, giving the operations that make the database equal
 * to the model.
 */
public final class Autogenerate {
    private final RetortConfig config;
    private final Dialect dialect;
    private final ConnectionOpener opener;
    private final ModelLoader.Site site;

    /** The changes found; {@code notes} say what reflection saw but does not compare. */
    public record Comparison(List<Operation> upgrade, List<String> notes) {
        public Comparison {
            upgrade = List.copyOf(upgrade);
            notes = List.copyOf(notes);
        }

        public boolean isEmpty() {
            return upgrade.isEmpty();
        }

        public List<Operation> downgrade() {
            return SchemaDiff.downgrade(upgrade);
        }
    }

    public Autogenerate(RetortConfig config) {
        this(config, ScratchSpace.databaseName(config.url()), false);
    }

    /**
     * {@code describes}: the database the model stands for (verify compares with the model in a
     * scratch database of its own: the configured one's name still means the model's scratch);
     * {@code dedicated}: the target's server is meant for scratch work.
     */
    public Autogenerate(RetortConfig config, String describes, boolean dedicated) {
        this.config = config;
        this.dialect = Dialects.fromUrl(config.requireUrl());
        this.opener = JdbcConnector.opener(config.url(), config.user(), config.password());
        String scratchUrl = config.model().scratchUrl();
        if (!scratchUrl.isEmpty() && !Dialects.fromUrl(scratchUrl).equals(dialect)) {
            throw RetortException.usage(config.model().where() + ": [model] scratch_url is " + Dialects.fromUrl(scratchUrl).name()
                    + " but the database is " + dialect.name(), "name a scratch server of the same kind");
        }
        this.site = new ModelLoader.Site(scratchUrl.isEmpty() ? config.url() : scratchUrl,
                u -> JdbcConnector.opener(u, config.user(), config.password()), dedicated || !scratchUrl.isEmpty(), describes);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Compares the database with the model, after checking that the database is at head of {@code map}. */
    public Comparison compare(RevisionMap map) {
        ModelConfig model = config.model().require();
        TableFilter filter = TableFilter.excludingVersionTables(model.include(), model.exclude(), config.versionTable());
        Path cache = config.file() == null ? null : config.file().toAbsolutePath().getParent().resolve(".retort");
        // The model (a cache read, or a scratch database) is built while the database is read.
        CompletableFuture<Schema> modelSchema = CompletableFuture.supplyAsync(
                () -> ModelLoader.load(model, dialect, config.url(), site, filter, cache));
        Schema current;
        try {
            requireAtHead(map);
            try (Connection c = opener.open()) {
                current = dialect.reflect(c, null, filter);
            } catch (SQLException e) {
                throw new RetortException(RetortException.Kind.FAILED, "cannot connect: " + e.getMessage(),
                        "check the database url and that the database is reachable", e);
            }
        } catch (RuntimeException e) {
            // let the model's scratch database be dropped before the process may exit
            modelSchema.handle((schema, error) -> null).join();
            throw e;
        }
        Schema wanted;
        try {
            wanted = modelSchema.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        List<String> notes = new ArrayList<>(current.notes());
        wanted.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
        return new Comparison(SchemaDiff.diff(current, wanted), notes);
    }

    /** The upgrade and downgrade text of a revision in {@code format} (Java: downgrade derived, so empty). */
    public SqlBodies.Bodies bodies(Comparison comparison, Format format) {
        if (format == Format.JAVA) {
            return new SqlBodies.Bodies(JavaBodies.render(comparison.upgrade()), "");
        }
        if (!dialect.rendersBodiesOnline()) {
            return SqlBodies.render(dialect, comparison.upgrade(), null); // rendered offline: no connection needed
        }
        try (Connection c = opener.open()) {
            return SqlBodies.render(dialect, comparison.upgrade(), c);
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot connect: " + e.getMessage(),
                    "check the database url and that the database is reachable", e);
        }
    }

    /**
     * SQL bodies with one section per database ({@code -- +upgrade postgresql}, ...), for a
     * project whose revisions must run on several: each rendered by its own dialect, the
     * configured database's from the database itself. The generic section is left blank, so a
     * database without a section is refused rather than handed another's SQL.
     */
    public SqlBodies.Bodies sectionedBodies(Comparison comparison, List<String> dialects) {
        StringBuilder up = new StringBuilder("-- one section per database of [retort] dialects");
        StringBuilder down = new StringBuilder("-- one section per database of [retort] dialects");
        for (String name : dialects) {
            Dialect target = Dialects.named(name);
            SqlBodies.Bodies b;
            if (target.equals(dialect)) {
                b = bodies(comparison, Format.SQL);
            } else if (target.rendersBodiesOnline()) {
                throw RetortException.usage("cannot write " + target.name() + "'s SQL from a " + dialect.name()
                        + " database: its table rebuilds are written from the table in the database",
                        "write a Java revision (the default with several dialects; --format java): it renders each database's SQL when it runs");
            } else {
                b = SqlBodies.render(target, comparison.upgrade(), null);
            }
            up.append("\n\n-- +upgrade ").append(target.name()).append('\n').append(b.upgrade());
            down.append("\n\n-- +downgrade ").append(target.name()).append('\n').append(b.downgrade());
        }
        return new SqlBodies.Bodies(up.toString(), down.toString());
    }

    private void requireAtHead(RevisionMap map) {
        VersionTableNames names = new VersionTableNames(config.schema(), config.versionTable());
        List<AppliedRevision> rows = new Migrator(dialect, opener, names, EngineSettings.defaults(), null).applied();
        Set<String> applied = new LinkedHashSet<>();
        for (AppliedRevision r : rows) {
            if (r.isFailed()) {
                throw RetortException.usage("revision " + r.id() + " is marked failed in the database, so its schema is not"
                        + " known", "make the database consistent, run 'retort repair', then 'retort upgrade head'");
            }
            if (r.counts()) {
                applied.add(r.id());
            }
        }
        List<RevisionHeader> missing = map.upgradePlan(applied, "heads");
        if (!missing.isEmpty()) {
            List<String> ids = missing.stream().map(RevisionHeader::id).toList();
            String shown = ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + ", ...";
            throw RetortException.usage("the database is not at head: " + ids.size() + " revision(s) not applied (" + shown
                    + "); autogenerate compares the model with the schema at head",
                    "run 'retort upgrade head' first");
        }
    }
}
