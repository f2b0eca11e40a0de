package dev.retort.spring;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.retort.spring.app.TestApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts real Spring Boot applications (no web server) for the tests, with the README's properties. */
final class Apps {
    private Apps() {}

    /** The application.properties of the README's Spring Boot recipe. */
    static Map<String, Object> readmeProperties() {
        String readme;
        try {
            readme = Files.readString(Path.of("..", "README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int recipe = readme.indexOf("### Spring Boot");
        int start = readme.indexOf("```properties\n", recipe) + "```properties\n".length();
        String block = readme.substring(start, readme.indexOf("```", start));
        Map<String, Object> out = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int eq = line.indexOf('=');
                out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return out;
    }

    static String h2Url() {
        return "jdbc:h2:mem:app_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
    }

    /** The README's properties on {@code url}, then {@code extra} (key, value, key, value, ...). */
    static Map<String, Object> properties(String url, String... extra) {
        Map<String, Object> p = new LinkedHashMap<>(readmeProperties());
        p.put("spring.datasource.url", url);
        if (url.startsWith("jdbc:sqlite:")) {
            p.put("spring.jpa.database-platform", "org.hibernate.community.dialect.SQLiteDialect");
        }
        for (int i = 0; i < extra.length; i += 2) {
            p.put(extra[i], extra[i + 1]);
        }
        return p;
    }

    static ConfigurableApplicationContext start(Map<String, Object> properties, Class<?>... more) {
        List<Class<?>> sources = new ArrayList<>(List.of(TestApp.class));
        sources.addAll(List.of(more));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).properties(properties).run();
    }

    /** What the starter logged since logging was last set up (each application start sets it up). */
    static List<String> retortLog() {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.retort.spring");
        @SuppressWarnings("unchecked")
        ListAppender<ILoggingEvent> list = (ListAppender<ILoggingEvent>) logger.getAppender("RETORT");
        synchronized (list.list) {
            return list.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    static boolean tableExists(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection();
                ResultSet r = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (r.next()) {
                if (r.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
            return false;
        }
    }

    static List<String> appliedIds(DataSource ds, String versionTable) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = ds.getConnection();
                ResultSet r = c.createStatement().executeQuery("SELECT * FROM \"" + versionTable + "\"")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }
}
