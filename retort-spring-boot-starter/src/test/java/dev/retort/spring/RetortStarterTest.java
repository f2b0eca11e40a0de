package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.spring.app.Account;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The starter in real application contexts on H2 (in memory, one database per test). */
class RetortStarterTest {

    @Test
    void upgradesBeforeJpaValidatesAndLogsTheRun() {
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
            assertThat(Apps.retortLog()).anyMatch(l -> l.matches("Retort: upgrade a1 -> b2, Account email \\(\\d+ ms\\)"));
        }
    }

    @Test
    void aSecondStartFindsNothingToDo() {
        String url = Apps.h2Url();
        Apps.start(Apps.properties(url)).close();
        try (ConfigurableApplicationContext app = Apps.start(Apps.properties(url))) {
            assertThat(app.getBean(RetortMigrationInitializer.class).runs()).singleElement()
                    .satisfies(r -> assertThat(r.revisions()).isEmpty());
            assertThat(Apps.retortLog()).anyMatch(l -> l.matches("Retort: jdbc:h2:mem:app_\\w+ is up to date at c3"));
        }
    }

    @Test
    void actuatorEndpointShowsCurrentPendingAndHistory() {
        try (ConfigurableApplicationContext app = Apps.start(Apps.properties(Apps.h2Url(), "retort.target", "b2"))) {
            RetortEndpoint.Report report = app.getBean(RetortEndpoint.class).report();
            assertThat(report.current()).containsExactly("b2");
            assertThat(report.pending()).containsExactly("c3");
            assertThat(report.history()).extracting(RetortEndpoint.Applied::revision).containsExactly("a1", "b2");
            assertThat(report.history()).allSatisfy(a -> {
                assertThat(a.kind()).isEqualTo("applied");
                assertThat(a.checksum()).isNotBlank();
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
