package dev.retort.junit;

import dev.retort.EmptyDatabase;
import dev.retort.Retort;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

    @Override
    public void beforeAll(ExtensionContext context) {
        Settings s = settings(context);
        if (!s.fresh()) {
            context.getStore(NS).put(DATABASE, Migrated.open(s, false));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Settings s = settings(context);
        if (s.fresh()) {
            context.getStore(NS).put(DATABASE, Migrated.open(s, true));
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

    /** What the annotation says, with the configuration parameters (and system properties) filling its blanks. */
    record Settings(String url, Path config, List<Path> locations, String target, boolean fresh) {
        Path folder() {
            return locations.isEmpty() ? null : locations.get(0);
        }

        /** The project on {@code url} (the test database), as doctor and lint need it. */
        Retort.Builder builder(String url) {
            Retort.Builder b = Retort.configure().versionLocations(locations);
            if (config != null) {
                b.configFile(config);
            }
            return url == null ? b : b.url(url);
        }
    }

    static Settings settings(ExtensionContext context) {
        RetortTest a = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RetortTest.class)
                .orElseThrow(() -> new ExtensionConfigurationException("RetortExtension needs @RetortTest on the test class"));
        String url = pick(a.url(), context.getConfigurationParameter("retort.url"));
        String config = pick(a.config(), context.getConfigurationParameter("retort.config"));
        List<String> locations = a.locations().length > 0 ? Arrays.asList(a.locations())
                : context.getConfigurationParameter("retort.locations").filter(v -> !v.isBlank())
                        .map(v -> Arrays.stream(v.split(",")).map(String::strip).toList()).orElse(List.of());
        Path configFile = config.isEmpty() ? null : Path.of(config).toAbsolutePath();
        Path base = configFile == null ? Path.of("").toAbsolutePath() : configFile.getParent();
        return new Settings(url, configFile, locations.stream().map(l -> base.resolve(l).normalize()).toList(), a.target(),
                a.fresh());
    }

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
