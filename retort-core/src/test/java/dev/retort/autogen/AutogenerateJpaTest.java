package dev.retort.autogen;

import dev.retort.dialect.registry.Dialects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.ModelConfig;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.ddl.DdlExecutor;
import dev.retort.graph.RevisionMap;
import dev.retort.schema.jpa.shop.Customer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** [model] jpa end to end on H2: the entities' tables are what autogenerate creates, and then nothing is left. */
class AutogenerateJpaTest {
    @TempDir
    Path dir;

    private static Path location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void entitiesOnTheClasspathAreTheModel() throws Exception {
        String url = "jdbc:h2:mem:jpa_" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1";
        ModelConfig model = new ModelConfig("retort.toml:5", null, "", "", "", List.of(), List.of(),
                new ModelConfig.Jpa(List.of(location(Customer.class), location(jakarta.persistence.Entity.class)),
                        List.of("dev.retort.schema.jpa.shop")));
        RetortConfig config = new RetortConfig(dir.resolve("retort.toml"), dir.resolve("migrations"), url, "", "",
                "retort_version", "", RetortConfig.Transaction.PER_REVISION, "", model);
        Autogenerate autogenerate = new Autogenerate(config);
        RevisionMap none = RevisionMap.of(List.of());
        try (Connection keep = DriverManager.getConnection(url)) {
            Autogenerate.Comparison first = autogenerate.compare(none);
            assertThat(first.upgrade()).filteredOn(op -> op.describe().startsWith("createTable")).hasSize(8);
            DdlExecutor run = new DdlExecutor(Dialects.named("h2").ddl(), keep, sql -> { });
            first.upgrade().forEach(run::accept);
            assertThat(autogenerate.compare(none).isEmpty()).isTrue();
            try (var cached = Files.list(dir.resolve(".retort/models"))) {
                assertThat(cached.filter(p -> p.toString().endsWith(".json")).count()).as("one cached model").isEqualTo(1);
            }
            keep.createStatement().execute("SHUTDOWN");
        }
    }
}
