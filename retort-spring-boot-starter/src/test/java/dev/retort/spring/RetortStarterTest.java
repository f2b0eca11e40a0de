package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.spring.app.Account;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The starter in real application contexts on H2 (in memory, one database per test). */
class RetortStarterTest {

    @Test
    void upgradesBeforeJpaValidatesThenFindsNothingToDo() {
        String url = Apps.h2Url();
        try (ConfigurableApplicationContext app = Apps.start(Apps.properties(url))) {
            // ddl-auto=validate: the context would not start if Hibernate looked before the upgrade
            EntityManagerFactory emf = app.getBean(EntityManagerFactory.class);
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            em.persist(new Account(1, "Ada", "ada@example.org"));
            em.getTransaction().commit();
            assertThat(em.find(Account.class, 1).getEmail()).isEqualTo("ada@example.org");
            em.close();

            assertThat(Apps.retortLog()).anyMatch(l -> l.matches(
                    "Retort: upgraded jdbc:h2:mem:app_\\w+ from base to c3 \\(3 revisions, \\d+ ms\\)"));
            assertThat(Apps.retortLog()).anyMatch(l -> l.matches("Retort: upgrade base -> a1, Create account \\(\\d+ ms\\)"));
            assertThat(Apps.retortLog()).anyMatch(l -> l.matches("Retort: upgrade a1 -> b2, Account email \\(\\d+ ms\\)"));
        }
        // a second start (the next deploy) finds nothing to do
        try (ConfigurableApplicationContext app = Apps.start(Apps.properties(url))) {
            assertThat(app.getBean(RetortMigrationInitializer.class).runs()).singleElement()
                    .satisfies(r -> assertThat(r.revisions()).isEmpty());
            assertThat(Apps.retortLog()).anyMatch(l -> l.matches("Retort: jdbc:h2:mem:app_\\w+ is up to date at c3"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void actuatorEndpointShowsCurrentPendingAndHistory() throws Exception {
        // exposed over JMX (no web server needed): the operation's answer is what actuator's JSON
        // mapper makes of it, as /actuator/retort would send it
        try (ConfigurableApplicationContext app = Apps.start(Apps.properties(Apps.h2Url(), "retort.target", "b2",
                "spring.jmx.enabled", "true", "spring.jmx.unique-names", "true",
                "management.endpoints.jmx.exposure.include", "retort"))) {
            RetortEndpoint.Report report = app.getBean(RetortEndpoint.class).report();
            assertThat(report.current()).containsExactly("b2");
            assertThat(report.pending()).containsExactly("c3");
            assertThat(report.history()).extracting(RetortEndpoint.Applied::revision).containsExactly("a1", "b2");

            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Set<ObjectName> names = server.queryNames(new ObjectName("org.springframework.boot:type=Endpoint,name=Retort,*"), null);
            assertThat(names).as("one application runs at a time here").hasSize(1);
            ObjectName mine = names.iterator().next();
            Map<String, Object> json = (Map<String, Object>) server.invoke(mine, "report", new Object[0], new String[0]);
            assertThat(json.get("current")).isEqualTo(List.of("b2"));
            assertThat(json.get("pending")).isEqualTo(List.of("c3"));
            List<Map<String, Object>> history = (List<Map<String, Object>>) json.get("history");
            assertThat(history).extracting(h -> h.get("revision")).containsExactly("a1", "b2");
            assertThat(history).allSatisfy(h -> {
                assertThat(h.get("kind")).isEqualTo("applied");
                assertThat((String) h.get("checksum")).isNotBlank();
                assertThat((String) h.get("appliedAt")).isNotBlank();
            });
        }
    }

    @Test
    void aChangedRevisionStopsStartUpWithTheMessage() {
        String url = Apps.h2Url();
        Apps.start(Apps.properties(url, "retort.locations", "classpath:db/changed/v1", "spring.jpa.hibernate.ddl-auto", "none"))
                .close();
        assertThatThrownBy(() -> Apps.start(Apps.properties(url, "retort.locations", "classpath:db/changed/v2",
                "spring.jpa.hibernate.ddl-auto", "none")))
                .hasStackTraceContaining("Retort: classpath:db/changed/v2/k1_note.sql: revision k1 changed after it was applied")
                .hasStackTraceContaining("repair --accept-checksums");
    }

    @Test
    void aStrategyBeanReplacesTheUpgrade() throws Exception {
        String url = Apps.h2Url();
        try (ConfigurableApplicationContext app = Apps.start(Apps.properties(url, "spring.jpa.hibernate.ddl-auto", "none"),
                CheckOnly.class)) {
            assertThat(app.getBean(CheckOnly.class).seen).containsExactly("head: [a1, b2, c3] pending");
            assertThat(Apps.tableExists(app.getBean(DataSource.class), "account")).isFalse();
            assertThat(Apps.retortLog()).anyMatch(l -> l.endsWith("left at base by the migration strategy"));
        }
    }

    @Test
    void disabledLeavesTheDatabaseAlone() throws Exception {
        String url = Apps.h2Url();
        try (ConfigurableApplicationContext app = Apps.start(Apps.properties(url, "retort.enabled", "false",
                "spring.jpa.hibernate.ddl-auto", "none"))) {
            assertThat(app.getBeanNamesForType(Retort.class)).isEmpty();
            assertThat(Apps.tableExists(app.getBean(DataSource.class), "retort_version")).isFalse();
            assertThat(Apps.tableExists(app.getBean(DataSource.class), "account")).isFalse();
        }
    }

    @Test
    void retortUrlWinsOverTheApplicationDataSource() throws Exception {
        String other = Apps.h2Url();
        try (ConfigurableApplicationContext app = Apps.start(Apps.properties(Apps.h2Url(), "retort.url", other,
                "retort.user", "sa", "retort.version-table", "schema_history", "spring.jpa.hibernate.ddl-auto", "none"))) {
            assertThat(Apps.tableExists(app.getBean(DataSource.class), "account")).isFalse();
            assertThat(app.getBean(Retort.class).current().heads()).containsExactly("c3");
            assertThat(app.getBean(Retort.class).maskedUrl()).isEqualTo(other);
        }
    }

    @Test
    void theMarkedDataSourceWinsOverRetortUrl() throws Exception {
        try (ConfigurableApplicationContext app = Apps.start(Apps.properties(Apps.h2Url(), "retort.url", Apps.h2Url(),
                "spring.jpa.hibernate.ddl-auto", "none"), TwoDataSources.class)) {
            assertThat(Apps.tableExists(app.getBean("owner", DataSource.class), "account")).isTrue();
            assertThat(Apps.tableExists(app.getBean("application", DataSource.class), "account")).isFalse();
        }
    }

    @Test
    void doctorErrorsStopStartUpWhenAsked() {
        assertThatThrownBy(() -> Apps.start(Apps.properties(Apps.h2Url(), "retort.locations", "classpath:db/broken",
                "retort.fail-on-doctor-errors", "true", "spring.jpa.hibernate.ddl-auto", "none")))
                .hasStackTraceContaining("Retort: doctor found ").hasStackTraceContaining(" error(s) in the revisions")
                .hasStackTraceContaining("m2_orphan.sql");
    }

    /** An application DataSource and one marked for Retort (say, with the schema owner's login). */
    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {
        private final String owner = Apps.h2Url();
        private final String application = Apps.h2Url();

        @Bean
        @Primary
        DataSource application() {
            return h2(application);
        }

        @Bean
        @RetortDataSource
        DataSource owner() {
            return h2(owner);
        }

        private static DataSource h2(String url) {
            org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL(url);
            return ds;
        }
    }

    /** A check-only strategy, as production might use. */
    @Configuration(proxyBeanMethods = false)
    static class CheckOnly {
        final List<String> seen = new ArrayList<>();

        @Bean
        RetortMigrationStrategy checkOnly() {
            return (retort, target) -> seen.add(target + ": " + retort.validate(target) + " pending");
        }
    }
}
