package dev.retort.junit;

import dev.retort.EmptyDatabase;
import dev.retort.MissingDriverException;
import dev.retort.Retort;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs {@link RetortTest}: opens the project through the facade, makes or takes the test
 * database, migrates it, and hands tests a {@link Connection}, {@link RetortDatabase} or
 * {@link RetortAssertions}. State lives in JUnit's stores (closed by JUnit: databases the
 * extension made are dropped, connections closed), so classes may run in parallel.
 */
public final class RetortExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(RetortExtension.class);
    private static final String DATABASE = "database";

    private final Supplier<String> url;
    private final Supplier<String> user;
    private final Supplier<String> password;

    /** The extension {@link RetortTest} registers: everything from the annotation and configuration parameters. */
    public RetortExtension() {
        this(null, null, null);
    }

    private RetortExtension(Supplier<String> url, Supplier<String> user, Supplier<String> password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * For a database known only once the test class starts, such as a Testcontainers container's:
     * register it with {@code @RegisterExtension} on a static field (instead of {@code @RetortTest});
     * the suppliers are called before the class's tests run, after extensions declared on the
     * class (such as {@code @Testcontainers}) have started their containers. {@code user} and
     * {@code password} may be null (credentials in the url, or none).
     */
    public static RetortExtension database(Supplier<String> url, Supplier<String> user, Supplier<String> password) {
        return new RetortExtension(Objects.requireNonNull(url, "url"), user, password);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Settings s = settings(context);
        if (!s.fresh()) {
            context.getStore(NS).put(DATABASE, migrate(s, false));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Settings s = settings(context);
        if (s.fresh()) {
            context.getStore(NS).put(DATABASE, migrate(s, true));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == Connection.class || type == RetortDatabase.class || type == RetortAssertions.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        Migrated m = extension.getStore(NS).get(DATABASE, Migrated.class);
        if (m == null) {
            throw new ParameterResolutionException("no Retort test database yet: with fresh = true each test gets its own, "
                    + "so ask for it in test methods or @BeforeEach, not in @BeforeAll");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == RetortDatabase.class) {
            return m.database();
        }
        if (type == RetortAssertions.class) {
            return m.assertions();
        }
        try {
            Connection c = m.database().connect();
            // closed with the test (or class) that asked for it
            extension.getStore(NS).put(new Object(), (ExtensionContext.Store.CloseableResource) c::close);
            return c;
        } catch (SQLException e) {
            throw new ParameterResolutionException("cannot connect to " + m.database() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The test database at its target. JUnit shows an exception's message only, so a missing
     * driver (the default SQLite's comes with retort-junit; any other database's is the user's)
     * says in that one line which test dependency to add.
     */
    private static Migrated migrate(Settings s, boolean fresh) {
        try {
            return Migrated.open(s, fresh);
        } catch (MissingDriverException e) {
            throw new ExtensionConfigurationException(e.getMessage() + "; add " + e.driver() + " as a test dependency", e);
        }
    }

    /** What the annotation says, with the configuration parameters (and system properties) filling its blanks. */
    record Settings(String url, String user, String password, Path config, List<Path> locations, String target,
            boolean fresh) {
        Path folder() {
            return locations.isEmpty() ? null : locations.get(0);
        }

        /** The project on {@code url} (the test database), as doctor and lint need it. */
        Retort.Builder builder(String url) {
            Retort.Builder b = Retort.configure().versionLocations(locations);
            if (config != null) {
                b.configFile(config);
            }
            if (user != null) {
                b.user(user);
            }
            if (password != null) {
                b.password(password);
            }
            return url == null ? b : b.url(url);
        }
    }

    Settings settings(ExtensionContext context) {
        Optional<RetortTest> annotation = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RetortTest.class);
        if (annotation.isEmpty() && this.url == null) {
            throw new ExtensionConfigurationException("RetortExtension needs @RetortTest on the test class, "
                    + "or registering with RetortExtension.database(...)");
        }
        RetortTest a = annotation.orElse(Defaults.class.getAnnotation(RetortTest.class));
        String url = this.url != null ? Objects.requireNonNull(this.url.get(), "the url supplier returned null")
                : pick(a.url(), context.getConfigurationParameter("retort.url"));
        String config = pick(a.config(), context.getConfigurationParameter("retort.config"));
        List<String> locations = a.locations().length > 0 ? Arrays.asList(a.locations())
                : context.getConfigurationParameter("retort.locations").filter(v -> !v.isBlank())
                        .map(v -> Arrays.stream(v.split(",")).map(String::strip).toList()).orElse(List.of());
        Path configFile = config.isEmpty() ? null : Path.of(config).toAbsolutePath();
        Path base = configFile == null ? Path.of("").toAbsolutePath() : configFile.getParent();
        return new Settings(url, user == null ? null : user.get(), password == null ? null : password.get(), configFile, locations.stream().map(l -> base.resolve(l).normalize()).toList(), a.target(),
                a.fresh());
    }

    /** Where the annotation's defaults come from when the extension is registered without it. */
    @RetortTest
    private static final class Defaults {}

    private static String pick(String attribute, Optional<String> parameter) {
        return !attribute.isBlank() ? attribute.strip() : parameter.map(String::strip).orElse("");
    }

    /** A migrated test database and the database the extension made for it (null: the user's, kept). */
    record Migrated(RetortDatabase database, RetortAssertions assertions, EmptyDatabase made)
            implements ExtensionContext.Store.CloseableResource {

        static Migrated open(Settings s, boolean fresh) {
            Retort project = s.builder(null).load();
            EmptyDatabase made = s.url().isEmpty() ? EmptyDatabase.temporary()
                    : fresh ? project.onDatabase(s.url()).emptyDatabase() : null;
            try {
                String url = made == null ? s.url() : made.url();
                Retort retort = project.onDatabase(url);
                retort.upgrade(s.target());
                return new Migrated(new RetortDatabase(retort, url),
                        new RetortAssertions(retort, () -> s.builder(url), s.folder()), made);
            } catch (RuntimeException e) {
                if (made != null) {
                    made.close();
                }
                throw e;
            }
        }

        @Override
        public void close() {
            if (made != null) {
                made.close();
            }
        }
    }
}
