package dev.retort.spring;

import dev.retort.MigrationListener;
import dev.retort.Retort;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;

/** Which database Retort upgrades, as Flyway decides it: the marked DataSource, retort.url, the application's. */
final class RetortDatabase {
    private RetortDatabase() {}

    static Retort configure(RetortProperties p, RevisionLocations locations, MigrationListener listener, ClassLoader loader,
            DataSource marked, ObjectProvider<DataSource> application) {
        // no retort.toml and no RETORT_* variables: Spring's properties (which already read the
        // environment, RETORT_URL as retort.url) are the one source of configuration
        Retort.Builder b = Retort.configure().withoutConfigFile().directory(locations.root()).environment(Map.of())
                .versionLocations(locations.folders()).versionTable(p.getVersionTable()).schema(p.getSchema())
                .lockTimeout(p.getLockTimeout()).listener(listener)
                .scanPackages(loader, locations.packages().toArray(String[]::new));
        if (marked != null) {
            b.dataSource(marked);
        } else if (p.getUrl() != null && !p.getUrl().isBlank()) {
            b.url(p.getUrl()).user(p.getUser()).password(p.getPassword());
        } else {
            DataSource ds = application.getIfUnique();
            if (ds == null) {
                throw new IllegalStateException("Retort: the application has several DataSource beans and none is "
                        + "@Primary (mark the one to upgrade with @RetortDataSource, or set retort.url)");
            }
            b.dataSource(ds);
        }
        return b.load();
    }
}
