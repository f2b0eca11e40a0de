package dev.retort;

import dev.retort.dialect.registry.Dialects;
import dev.retort.MigrationListener.RunSummary;
import dev.retort.autogen.Autogenerate;
import dev.retort.config.AlembicIni;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOverrides;
import dev.retort.config.ModelConfig;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.ConnectionOpener;
import dev.retort.dialect.Dialect;
import dev.retort.doctor.AlembicVersionTable;
import dev.retort.doctor.GitHook;
import dev.retort.engine.AppliedRevision;
import dev.retort.engine.EngineSettings;
import dev.retort.engine.GraphPlans;
import dev.retort.engine.JdbcConnector;
import dev.retort.engine.Migrator;
import dev.retort.engine.OfflineScript;
import dev.retort.engine.RevisionScript;
import dev.retort.engine.VersionTableNames;
import dev.retort.graph.RevisionMap;
import dev.retort.schema.render.SqlBodies;
import dev.retort.script.Format;
import dev.retort.script.RevisionHeader;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.compile.ClasspathRevisions;
import dev.retort.script.compile.CompiledRevision;
import dev.retort.script.compile.RevisionCompiler;
import dev.retort.verify.VerifyReport;
import dev.retort.verify.VerifyReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;

/**
 * One opened project (configuration, folders, revisions, database) for applications and every
 * front end: {@code Retort.configure()...load()} reads and validates the configuration once (the
 * one place flags, RETORT_* variables, environments and the file are combined) and returns this
 * small immutable object. Its methods are the commands: {@link #init}, {@link #revision},
 * {@link #merge}, {@link #revisions} (heads, branches, history, show, graph), {@link #upgrade},
 * {@link #downgrade}, {@link #stamp}, {@link #repair}, {@link #current}, the offline scripts and
 * {@link #installHook}; they take and return only types of this package. Every call reads the
 * revision files afresh and works on a connection of its own.
 *
 * <pre>{@code
 * Retort retort = Retort.configure().directory(Path.of("app")).load();
 * retort.upgrade("head");
 * }</pre>
 */
public final class Retort {
    private final RetortConfig config;
    private final EngineSettings settings;
    private final MigrationListener listener;
    private final List<Path> classpath;
    private final Map<String, CompiledRevision> compiledIn;
    private final Clock clock;
    private final RandomGenerator random;
    private final XArguments x;
    /** Where connections come from instead of the url (which then only names the dialect); may be null. */
    private final DataSource dataSource;

    private Retort(RetortConfig config, EngineSettings settings, MigrationListener listener, List<Path> classpath,
            List<CompiledRevision> compiledIn, Clock clock, RandomGenerator random, XArguments x, DataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.x = x;
        this.clock = clock;
        this.random = random;
        this.settings = settings;
        this.listener = listener;
        this.classpath = List.copyOf(classpath);
        Map<String, CompiledRevision> byId = new LinkedHashMap<>();
        for (CompiledRevision c : compiledIn) {
            CompiledRevision before = byId.put(c.revision().id(), c);
            if (before != null && before.type() != c.type()) {
                throw RetortException.usage("revision " + c.revision().id() + " is declared by two classes: "
                        + before.type().getName() + " and " + c.type().getName(), "give each revision class its own id");
            }
        }
        this.compiledIn = Collections.unmodifiableMap(byId);
    }

    public static Builder configure() {
        return new Builder();
    }

    /** The resolved configuration, for the commands inside core. */
    RetortConfig config() {
        return config;
    }

    /** The config file read (retort.toml, or alembic.ini for reading), or null when none was. */
    public Path configFile() {
        return config.file();
    }

    /** The database url with its secrets masked; empty when none is configured. */
    public String maskedUrl() {
        return config.maskedUrl();
    }

    /** Whether this is an Alembic project read in place from its alembic.ini (see {@link Builder#forReading()}). */
    public boolean alembicProject() {
        return config.alembic();
    }

    /** The version table's name (as configured; default retort_version). */
    public String versionTable() {
        return config.versionTable();
    }

    /** The folder new revision files are written to. */
    public Path versionsFolder() {
        return config.versions();
    }

    /** The graph of the revision files, read now, and of the revisions compiled into the application. */
    public RevisionGraph revisions() {
        return new RevisionGraph(revisionMap());
    }

    RevisionMap revisionMap() {
        ScriptDirectory dir = scriptDirectory();
        if (!compiledIn.isEmpty() && dir.versionFolders().stream().noneMatch(Files::isDirectory)) {
            return RevisionMap.of(compiledIn.values().stream().map(CompiledRevision::revision).toList());
        }
        List<RevisionHeader> all = new ArrayList<>(dir.revisions());
        for (RevisionHeader r : all) {
            CompiledRevision c = compiledIn.get(r.id());
            if (c != null) {
                throw RetortException.usage(r.where("revision") + ": revision " + r.id() + " is also compiled into the "
                        + "application as " + c.type().getName(), "keep one of them: the file or the class");
            }
        }
        compiledIn.values().forEach(c -> all.add(c.revision()));
        return RevisionMap.of(all);
    }

    /** Applies what {@code target} needs (head, heads, label@head, +2, an id, ...). */
    public RunSummary upgrade(String target) {
        String t = Target.online(target, "upgrade");
        RevisionMap map = revisionMap();
        Target.check(map, t);
        try (RevisionScripts scripts = scripts(map, dialect(), false)) {
            return migrator().upgrade(GraphPlans.upgrade(map, scripts::of, t), scripts::forChecksum);
        }
    }

    /** Reverts down to {@code target} (base, -1, an id, label@-2, ...). */
    public RunSummary downgrade(String target) {
        String t = Target.online(target, "downgrade");
        RevisionMap map = revisionMap();
        Target.check(map, t);
        try (RevisionScripts scripts = scripts(map, dialect(), false)) {
            return migrator().downgrade(GraphPlans.downgrade(map, scripts::of, t), scripts::forChecksum);
        }
    }

    /**
     * Refuses what {@link #upgrade} would refuse (an applied file that changed since, an applied
     * revision no file or class defines, a failed marker) without locking, creating or running
     * anything, and returns the ids an upgrade to {@code target} would apply, in order.
     */
    public List<String> validate(String target) {
        String t = Target.online(target, "upgrade");
        RevisionMap map = revisionMap();
        Target.check(map, t);
        try (RevisionScripts scripts = scripts(map, dialect(), false)) {
            return migrator().validate(GraphPlans.upgrade(map, scripts::of, t), scripts::forChecksum);
        }
    }

    /**
     * Records the targets as applied without running them (Alembic's stamp); {@code purge}
     * first empties the version table, failed markers included.
     */
    public RunSummary stamp(List<String> targets, boolean purge) {
        if (targets.isEmpty()) {
            throw RetortException.usage("stamp needs at least one revision", "e.g. 'retort stamp head' or 'retort stamp base'");
        }
        List<String> ts = targets.stream().map(t -> Target.online(t, "stamp")).toList();
        RevisionMap map = revisionMap();
        ts.forEach(t -> Target.check(map, t));
        try (RevisionScripts scripts = scripts(map, dialect(), false)) {
            return migrator().stamp(GraphPlans.stamp(map, list -> checksummed(list, scripts), ts), purge);
        }
    }

    /** Clears failed markers; with {@code acceptChecksums} records the checksums of changed applied files. */
    public RunSummary repair(boolean acceptChecksums) {
        return repair(acceptChecksums, List.of());
    }

    /**
     * As {@link #repair(boolean)}, except that the failed revisions in {@code finished} (ids or
     * unique prefixes), which the user completed by hand, are recorded as done: applied after a
     * failed upgrade, reverted after a failed downgrade.
     */
    public RunSummary repair(boolean acceptChecksums, List<String> finished) {
        RevisionMap map = revisionMap();
        try (RevisionScripts scripts = scripts(map, dialect(), false)) {
            return migrator().repair(acceptChecksums, finished, scripts::forChecksum);
        }
    }

    /** What the database holds; reads the version table without locking or creating anything. */
    public Current current() {
        RevisionMap map = revisionMap();
        List<AppliedRevision> rows = migrator().applied();
        List<String> counted = rows.stream().filter(AppliedRevision::counts).map(AppliedRevision::id).toList();
        List<String> unknown = counted.stream().filter(id -> map.find(id).isEmpty()).toList();
        List<String> pending = unknown.isEmpty() ? map.upgradePlan(counted, "heads").stream().map(r -> r.id()).toList() : null;
        return new Current(config.secrets().mask(config.requireUrl()), rows.stream().map(Retort::info).toList(),
                map.currentHeads(counted), unknown, pending);
    }

    private static AppliedInfo info(AppliedRevision a) {
        return new AppliedInfo(a.id(), a.checksum(), a.appliedAt(), a.appliedBy(), a.executionMs(),
                a.kind() == AppliedRevision.Kind.STAMPED ? AppliedInfo.Kind.STAMPED : AppliedInfo.Kind.APPLIED,
                a.failed(), a.failedStatement(), a.failedSql());
    }

    /**
     * The heads recorded in an Alembic project's {@code alembic_version} table (empty when there
     * is none), read with plain JDBC: Alembic's table keeps only heads.
     */
    public Set<String> alembicHeads() {
        if (config.url().isEmpty()) {
            String file = config.file() == null ? "the configuration" : String.valueOf(config.file());
            throw RetortException.usage("no database url: " + file + " has no sqlalchemy.url Retort can use",
                    "pass --url jdbc:postgresql://host/db (or set RETORT_URL); Retort derives one from postgresql://, mysql://, mariadb:// and sqlite:/// urls");
        }
        try (Connection c = JdbcConnector.opener(config.url(), config.user(), config.password()).open()) {
            return AlembicVersionTable.exists(c, AlembicIni.VERSION_TABLE) ? AlembicVersionTable.heads(c, AlembicIni.VERSION_TABLE) : Set.of();
        } catch (SQLException e) {
            throw RetortException.usage("cannot connect to " + config.maskedUrl() + ": " + e.getMessage(),
                    "check sqlalchemy.url in alembic.ini, or pass --url");
        }
    }

    /** Writes a new revision file after the current head (or the request's heads); see {@link NewRevisionRequest}. */
    public RevisionInfo revision(NewRevisionRequest request) {
        RevisionMap map = fileMap();
        return RevisionFiles.revision(map, scriptDirectory(), request, clock, random, x.values());
    }

    /**
     * Checks what {@link #revision} checks before it writes anything (the parents --head names,
     * --depends-on), so a mistake fails before slower work such as comparing a database.
     */
    public void checkRevision(NewRevisionRequest request) {
        RevisionMap map = fileMap();
        RevisionFiles.parents(map, request);
        RevisionFiles.resolveDependencies(map, request.dependsOn());
    }

    /** Writes a revision merging the revisions the request names (two or more). */
    public RevisionInfo merge(MergeRequest request) {
        RevisionMap map = fileMap();
        return RevisionFiles.merge(map, scriptDirectory(), request, clock, random, x.values());
    }

    /**
     * Creates a project in {@code dir} (made if missing): retort.toml, the versions folder, the
     * revision templates, and the lines .gitignore needs. Refuses when retort.toml exists.
     */
    public static InitResult init(Path dir) {
        return ProjectInit.init(dir);
    }

    /**
     * Installs a git pre-commit hook in the repository holding {@code start} that runs
     * {@code command}; an existing hook gets the line appended when that is safe.
     */
    public static HookResult installHook(Path start, String command) {
        GitHook.Result r = GitHook.install(start, command);
        return new HookResult(r.hook(), switch (r.outcome()) {
            case CREATED -> HookResult.Outcome.CREATED;
            case APPENDED -> HookResult.Outcome.APPENDED;
            case ALREADY_INSTALLED -> HookResult.Outcome.ALREADY_INSTALLED;
        });
    }

    /** The top folder of the git repository holding {@code start}. */
    public static Path gitRoot(Path start) {
        return GitHook.repositoryRoot(start);
    }

    /**
     * The script of {@code upgrade [from:]to --sql}, without connecting; {@code dialect} null
     * means the url's.
     */
    public String upgradeSql(String range, String dialect) {
        return offline(range, dialect, false);
    }

    /** The script of {@code downgrade from:to --sql}, without connecting. */
    public String downgradeSql(String range, String dialect) {
        return offline(range, dialect, true);
    }

    private String offline(String range, String dialectName, boolean down) {
        Target t = Target.offline(range, down ? "downgrade" : "upgrade");
        Dialect d = dialectName == null || dialectName.isBlank() ? offlineDialect() : Dialects.named(dialectName);
        RevisionMap map = revisionMap();
        try (RevisionScripts scripts = scripts(map, d, true)) {
            List<RevisionScript> plan = down
                    ? GraphPlans.offlineDowngrade(map, scripts::of, t.from(), t.to())
                    : GraphPlans.offlineUpgrade(map, scripts::of, t.from(), t.to());
            return OfflineScript.render(d, names(), down ? Direction.DOWNGRADE : Direction.UPGRADE, plan,
                    settings.runMode(), settings.appliedBy());
        }
    }

    /**
     * The SQL of one revision ({@code show REV --sql}): its upgrade part, or with {@code downgrade}
     * its downgrade part, for {@code dialect} (null: the url's); Java revisions are rendered
     * through the operations. Never connects, and {@code ${x.key}} placeholders are expanded.
     */
    public String revisionSql(String rev, String dialectName, boolean downgrade) {
        Dialect d = dialectName == null || dialectName.isBlank() ? offlineDialect() : Dialects.named(dialectName);
        RevisionMap map = revisionMap();
        RevisionHeader r = map.resolveOne(rev);
        try (RevisionScripts scripts = scripts(map, d, true)) {
            RevisionScript script = scripts.of(List.of(r)).get(0);
            return downgrade ? script.downgradeSql() : script.upgradeSql();
        }
    }

    private Dialect offlineDialect() {
        if (config.url().isEmpty()) {
            throw RetortException.usage("no dialect for the offline script: no database url is configured",
                    "pass --dialect postgresql|mysql|sqlite|h2");
        }
        return Dialects.fromUrl(config.url());
    }

    /** Stamping needs only ids and checksums: no compiling, no parsing. */
    private static List<RevisionScript> checksummed(List<RevisionHeader> plan, RevisionScripts scripts) {
        List<RevisionScript> out = new ArrayList<>(plan.size());
        for (RevisionHeader r : plan) {
            out.add(scripts.forChecksum(r.id()).orElseThrow(() -> GraphPlans.notRunnable(r)));
        }
        return out;
    }

    private RevisionScripts scripts(RevisionMap map, Dialect d, boolean offline) {
        return new RevisionScripts(map, d, new RevisionCompiler(config.projectFolder(), classpath), listener, offline, compiledIn, x);
    }

    private ScriptDirectory scriptDirectory() {
        return new ScriptDirectory(config.scriptLocation(), config.versionLocations());
    }

    /** The files' graph only: new revisions are written beside files, never beside compiled-in classes. */
    private RevisionMap fileMap() {
        return RevisionMap.of(scriptDirectory().revisions());
    }

    private Dialect dialect() {
        return Dialects.fromUrl(config.requireUrl());
    }

    /**
     * This project on another database (same revisions, credentials and settings), e.g. one made
     * by {@link #emptyDatabase()}.
     */
    public Retort onDatabase(String url) {
        if (url == null || url.isBlank()) {
            throw RetortException.usage("no database url given", Dialect.SUPPORTED_URLS);
        }
        Dialects.fromUrl(url);
        RetortConfig c = new RetortConfig(config.file(), config.scriptLocation(), url, config.user(), config.password(),
                config.versionTable(), config.schema(), config.transaction(), config.environment(), config.model(),
                config.verifyUrl(), config.versionLocations());
        return new Retort(c, settings, listener, classpath, List.copyOf(compiledIn.values()), clock, random, x, null);
    }

    /**
     * A new empty database beside the configured one (on its server; SQLite and H2: local, and a
     * temporary SQLite file when no url is configured), for tests that each want their own;
     * the caller closes it, which drops it.
     */
    public EmptyDatabase emptyDatabase() {
        return new EmptyDatabase(Dialects.scratchBeside(config.url(),
                u -> JdbcConnector.opener(u, config.user(), config.password())));
    }

    /** A new connection to the configured database, with the configured credentials; the caller closes it. */
    public Connection connect() throws SQLException {
        return opener(config.requireUrl()).open();
    }

    private Migrator migrator() {
        String url = config.requireUrl();
        return new Migrator(Dialects.fromUrl(url), opener(url), names(), settings, listener);
    }

    private ConnectionOpener opener(String url) {
        return dataSource == null ? JdbcConnector.opener(url, config.user(), config.password())
                : ConnectionOpener.withUrl(url, dataSource::getConnection);
    }

    private VersionTableNames names() {
        return new VersionTableNames(config.schema(), config.versionTable());
    }

    /** Collects the configuration; {@link #load()} validates it and freezes a {@link Retort}. */
    public static final class Builder {
        private Path directory = Path.of("");
        private Map<String, String> environment = System.getenv();
        private ConfigOverrides overrides = ConfigOverrides.none();
        private RetortConfig config;
        private Duration lockTimeout = EngineSettings.DEFAULT_LOCK_TIMEOUT;
        private MigrationListener listener = MigrationListener.NONE;
        private List<Path> classpath = List.of();
        private final List<CompiledRevision> compiledIn = new ArrayList<>();
        private String appliedBy;
        private List<Path> versionLocations = List.of();
        private boolean forReading;
        private boolean withoutConfigFile;
        private DataSource dataSource;
        private String versionTable;
        private String schema;
        private final Map<String, String> x = new LinkedHashMap<>();
        private Clock clock = Clock.systemDefaultZone();
        // SplittableRandom, not SecureRandom: revision ids need spread, not secrecy, and seeding
        // SecureRandom costs start-up time on every command.
        private RandomGenerator random = new SplittableRandom();

        private Builder() {}

        /**
         * For commands that only read (history, heads, current, ...): an Alembic project's
         * alembic.ini serves when there is no retort.toml.
         */
        public Builder forReading() {
            this.forReading = true;
            return this;
        }

        /**
         * Configured in code, as an application embedding Retort is: no retort.toml is looked
         * for and no RETORT_* variable is read; the project folder is {@link #directory}, the
         * database comes from {@link #url} or {@link #dataSource}, and the revisions from
         * {@link #versionLocations} (default {@code versions} in the directory) and the classes.
         */
        public Builder withoutConfigFile() {
            this.withoutConfigFile = true;
            return this;
        }

        /**
         * Connections come from {@code source} (an application's pool) instead of the url; the
         * url, which names the database's dialect, is read from its connections' metadata.
         */
        public Builder dataSource(DataSource source) {
            this.dataSource = Objects.requireNonNull(source);
            return this;
        }

        /** The version table's name instead of the configured one (default retort_version). */
        public Builder versionTable(String name) {
            this.versionTable = name;
            return this;
        }

        /** The schema holding the version table instead of the configured one (default the connection's). */
        public Builder schema(String name) {
            this.schema = name;
            return this;
        }

        /** The clock new revisions' create dates come from; default the system's. */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        /** Where random revision ids come from. */
        public Builder random(RandomGenerator r) {
            this.random = Objects.requireNonNull(r);
            return this;
        }

        /** Where retort.toml is looked for (it or a parent); default the working directory. */
        public Builder directory(Path dir) {
            this.directory = Objects.requireNonNull(dir);
            return this;
        }

        /** The variables ${VAR} and RETORT_* are read from; default the process environment. */
        public Builder environment(Map<String, String> env) {
            this.environment = Map.copyOf(env);
            return this;
        }

        /** What a command line says: config file, environment name, url, user, password. */
        Builder overrides(ConfigOverrides flags) {
            this.overrides = Objects.requireNonNull(flags);
            return this;
        }

        public Builder configFile(Path file) {
            return with(o -> o.withConfigFile(file));
        }

        /** Use the config's [environments.NAME]. */
        public Builder env(String name) {
            return with(o -> o.withEnvironment(name));
        }

        public Builder url(String url) {
            return with(o -> o.withUrl(url));
        }

        public Builder user(String user) {
            return with(o -> new ConfigOverrides(o.configFile(), o.environment(), o.url(), user, o.password()));
        }

        public Builder password(String password) {
            return with(o -> new ConfigOverrides(o.configFile(), o.environment(), o.url(), o.user(), password));
        }

        /** A configuration already resolved (then no file is read). */
        Builder config(RetortConfig resolved) {
            this.config = Objects.requireNonNull(resolved);
            return this;
        }

        /** How long to wait for another runner holding the lock before giving up. */
        public Builder lockTimeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw RetortException.usage("negative lock timeout " + timeout, "give a timeout of zero or more seconds");
            }
            this.lockTimeout = timeout;
            return this;
        }

        /** Told about every revision run; default silent. */
        public Builder listener(MigrationListener l) {
            this.listener = Objects.requireNonNull(l);
            return this;
        }

        /** Jars and folders Java revisions compile and run against, besides Retort itself. */
        public Builder classpath(List<Path> entries) {
            this.classpath = List.copyOf(entries);
            return this;
        }

        /**
         * Revisions compiled into the application (classes implementing Migration, annotated
         * {@code @Revision}), in addition to the revision files; they are checksummed by class name.
         */
        public Builder revisionClasses(Collection<Class<? extends Migration>> classes) {
            compiledIn.addAll(ClasspathRevisions.listed(classes));
            return this;
        }

        /** Every revision class in these packages (and below) on {@code loader}'s classpath, folders and jars. */
        public Builder scanPackages(ClassLoader loader, String... packages) {
            compiledIn.addAll(ClasspathRevisions.scan(loader, List.of(packages)));
            return this;
        }

        /**
         * The folders revision files are read from (the first also gets new ones), relative to
         * the configuration's project folder, instead of those retort.toml names.
         */
        public Builder versionLocations(List<Path> folders) {
            this.versionLocations = List.copyOf(folders);
            return this;
        }

        /**
         * Arguments for the revisions (Alembic's {@code -x key=value}, repeatable): Java revisions
         * read them with {@link Ops#x(String)}, SQL revisions name them as {@code ${x.key}}
         * (replaced as text: for values from trusted operators), revision templates likewise.
         * Checksums remain those of the files as written.
         */
        public Builder x(Map<String, String> arguments) {
            x.putAll(arguments);
            return this;
        }

        /** Who the version table records; default user@host. */
        public Builder appliedBy(String who) {
            this.appliedBy = who;
            return this;
        }

        private Builder with(Function<ConfigOverrides, ConfigOverrides> change) {
            overrides = change.apply(overrides);
            return this;
        }

        public Retort load() {
            ConfigLoader loader = new ConfigLoader(directory.toAbsolutePath(), environment);
            RetortConfig c = config != null ? config
                    : withoutConfigFile ? new RetortConfig(null, directory.toAbsolutePath().normalize(), overrides.url(),
                            overrides.user(), overrides.password(), null, "", null, "", ModelConfig.NONE)
                    : forReading ? loader.loadForReading(overrides) : loader.load(overrides);
            if (dataSource != null) {
                c = withDatabase(c, urlOf(dataSource), versionTable == null ? c.versionTable() : versionTable,
                        schema == null ? c.schema() : schema);
            } else if (versionTable != null || schema != null) {
                c = withDatabase(c, c.url(), versionTable == null ? c.versionTable() : versionTable,
                        schema == null ? c.schema() : schema);
            }
            if (!versionLocations.isEmpty()) {
                Path base = c.projectFolder();
                c = new RetortConfig(c.file(), c.scriptLocation(), c.url(), c.user(), c.password(), c.versionTable(), c.schema(),
                        c.transaction(), c.environment(), c.model(), c.verifyUrl(),
                        versionLocations.stream().map(p -> base.resolve(p).toAbsolutePath().normalize()).toList());
            }
            EngineSettings s = EngineSettings.defaults().withLockTimeout(lockTimeout)
                    .withRunMode(c.transaction());
            if (appliedBy != null && !appliedBy.isBlank()) {
                s = s.withAppliedBy(appliedBy);
            }
            return new Retort(c, s, listener, classpath, compiledIn, clock, random, XArguments.of(x), dataSource);
        }

        private static RetortConfig withDatabase(RetortConfig c, String url, String versionTable, String schema) {
            return new RetortConfig(c.file(), c.scriptLocation(), url, c.user(), c.password(), versionTable, schema,
                    c.transaction(), c.environment(), c.model(), c.verifyUrl(), c.versionLocations(), c.dialects());
        }

        /** The url a DataSource connects to: its dialect decides how Retort talks to the database. */
        private static String urlOf(DataSource source) {
            try (Connection c = source.getConnection()) {
                String url = c.getMetaData().getURL();
                Dialects.fromUrl(url);
                return url;
            } catch (SQLException e) {
                throw new RetortException(RetortException.Kind.FAILED, "cannot connect through the DataSource: "
                        + JdbcConnector.scrub(e.getMessage(), null), "check that the database is reachable", e);
            }
        }
    }

    // --- quality commands (doctor, lint, verify, check, autogenerate) ---

    /**
     * Diagnoses the revision chain and, with a database, what it has applied; with
     * {@link DoctorRequest.Mode#FIX} computes the repair, with {@code APPLY} writes it. Static
     * because a bare folder or an Alembic project needs no retort.toml: {@code project} says
     * where to look and which flags apply, and the configuration is read from it here.
     */
    public static DoctorResult doctor(Builder project, DoctorRequest request) {
        return new Diagnosis(project.directory.toAbsolutePath(), project.environment, project.overrides, project.clock).run(request);
    }

    /**
     * Flags dangerous operations in revisions (by default those the database has not applied).
     * Static for the same reason as {@link #doctor}: a bare folder needs no retort.toml.
     */
    public static LintResult lint(Builder project, LintRequest request) {
        return Linting.run(project.directory.toAbsolutePath(), project.environment, project.overrides, request);
    }

    /**
     * Upgrades, downgrades and upgrades again every revision on a scratch database (or the
     * empty one {@code request.url()} names), comparing the schema each time, then head with the
     * model. The configured database is never touched.
     */
    public VerifyResult verify(VerifyRequest request) {
        VerifyReport r = Verification.run(config, new Verification.Options(request.url(), request.from(), request.data(),
                classpath, p -> request.progress().accept(VerifyReports.passed(p)), x));
        VerifyReport.Failure f = r.failure();
        String failure = f == null ? null : (f.revision() == null ? "" : f.revision() + " ") + f.step().text() + ": " + f.message();
        Report report = (format, base, verbose, toolVersion, out) -> {
            switch (format) {
                case TEXT -> VerifyReports.text(r, base, out);
                case JSON -> VerifyReports.json(r, base, out);
                case SARIF -> throw RetortException.usage("verify has no SARIF report", "use text or JSON");
            }
        };
        return new VerifyResult(r.ok(), r.database(), r.passed().stream().map(VerifyReport.Passed::id).toList(), failure,
                r.model(), report);
    }

    /** Compares the database at head with the model ([model] in retort.toml). */
    public CheckResult check() {
        Autogenerate.Comparison c = new Autogenerate(config).compare(projectMap());
        return new CheckResult(c.upgrade().stream().map(SchemaChange::of).toList(), c.notes());
    }

    /**
     * Compares the database at head with {@code schemaFile}, a desired-state DDL file in the
     * database's dialect, instead of the configured [model].
     */
    public CheckResult check(Path schemaFile) {
        Path file = config.projectFolder().resolve(schemaFile).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw RetortException.usage("model file " + file + " not found", "give a DDL file of the desired schema");
        }
        ModelConfig model = new ModelConfig("", file, "", "", "", List.of(), List.of(), null);
        RetortConfig c = new RetortConfig(config.file(), config.scriptLocation(), config.url(), config.user(),
                config.password(), config.versionTable(), config.schema(), config.transaction(), config.environment(), model,
                config.verifyUrl(), config.versionLocations());
        Autogenerate.Comparison comparison = new Autogenerate(c).compare(projectMap());
        return new CheckResult(comparison.upgrade().stream().map(SchemaChange::of).toList(), comparison.notes());
    }


    /**
     * The databases the project's revisions must run on: [retort] dialects, or those of the
     * urls in retort.toml ({@code --dialect}'s names; may be empty).
     */
    public List<String> dialects() {
        return config.dialects();
    }

    /**
     * True when revisions must run on some database other than the configured one ([retort]
     * dialects, or the environments' urls): autogenerate then writes Java revisions by default,
     * and SQL ones with one section per database.
     */
    public boolean portable() {
        List<String> d = config.dialects();
        return !d.isEmpty() && !(d.size() == 1 && !config.url().isEmpty()
                && Dialects.ofUrl(config.url()).map(x -> x.name().equals(d.get(0))).orElse(false));
    }

    /**
     * What check finds, as the bodies of a new revision in {@code request.format()}; SQL for a
     * {@linkplain #portable() portable} project has one section per database.
     */
    public AutogenerateResult autogenerate(AutogenerateRequest request) {
        Autogenerate autogenerate = new Autogenerate(config);
        Autogenerate.Comparison c = autogenerate.compare(projectMap());
        List<SchemaChange> changes = c.upgrade().stream().map(SchemaChange::of).toList();
        if (c.isEmpty()) {
            return new AutogenerateResult(changes, c.notes(), "", "");
        }
        SqlBodies.Bodies bodies = request.format() == RevisionFormat.JAVA ? autogenerate.bodies(c, Format.JAVA)
                : portable() ? autogenerate.sectionedBodies(c, config.dialects())
                : autogenerate.bodies(c, Format.SQL);
        return new AutogenerateResult(changes, c.notes(), bodies.upgrade(), bodies.downgrade());
    }

    /** The revision files of every version location (check and autogenerate compare the database with them). */
    private RevisionMap projectMap() {
        return RevisionMap.of(new ScriptDirectory(config.scriptLocation(), config.versionLocations()).revisions());
    }
}
