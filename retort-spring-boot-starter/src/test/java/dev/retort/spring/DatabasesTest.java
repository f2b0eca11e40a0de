package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.MigrationListener.RunSummary;
import dev.retort.spring.app.Account;
import dev.retort.support.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The starter on SQLite and PostgreSQL (skipped when no server answers, unless
 * RETORT_REQUIRE_DATABASES=1): JPA validates the migrated schema, and two instances starting at
 * once on one PostgreSQL database apply each revision once.
 */
class DatabasesTest {
    private static final TestDatabases DATABASES = new TestDatabases(DatabasesTest.class);

    @AfterAll
    static void drop() throws Exception {
        DATABASES.close();
    }

    @Test
    void sqlite() throws Exception {
        jpaSeesTheMigratedSchema(DATABASES.get(TestDatabases.Kind.SQLITE).url());
    }

    private static void jpaSeesTheMigratedSchema(String url) throws Exception {
        try (ConfigurableApplicationContext app = Apps.start(Apps.properties(url))) {
            EntityManager em = app.getBean(EntityManagerFactory.class).createEntityManager();
            em.getTransaction().begin();
            em.persist(new Account(7, "Grace", "grace@example.org"));
            em.getTransaction().commit();
            em.clear();
            assertThat(em.find(Account.class, 7).getEmail()).isEqualTo("grace@example.org");
            em.close();
            assertThat(Apps.appliedIds(app.getBean(DataSource.class), "retort_version")).containsExactlyInAnyOrder("a1", "b2", "c3");
        }
    }


    @Test
    void postgresqlTwoInstancesStartingAtOnceApplyEachRevisionOnce() throws Exception {
        // a database of its own: the one of postgresql() may already be at head
        TestDatabases own = new TestDatabases(DatabasesTest.class);
        String url = own.get(TestDatabases.Kind.POSTGRESQL).url();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        List<ConfigurableApplicationContext> apps = new ArrayList<>();
        try {
            String u = url;
            List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starts.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await(30, TimeUnit.SECONDS);
                    return Apps.start(Apps.properties(u));
                }));
            }
            for (Future<ConfigurableApplicationContext> f : starts) {
                apps.add(f.get(3, TimeUnit.MINUTES));
            }
            List<String> applied = new ArrayList<>();
            for (ConfigurableApplicationContext app : apps) {
                for (RunSummary r : app.getBean(RetortMigrationInitializer.class).runs()) {
                    applied.addAll(r.revisions());
                }
            }
            assertThat(applied).containsExactlyInAnyOrder("a1", "b2", "c3");
            assertThat(Apps.appliedIds(apps.get(0).getBean(DataSource.class), "retort_version"))
                    .containsExactlyInAnyOrder("a1", "b2", "c3");
            // both validated their entities (ddl-auto=validate) against the schema; JPA works on it
            for (ConfigurableApplicationContext app : apps) {
                EntityManager em = app.getBean(EntityManagerFactory.class).createEntityManager();
                em.getTransaction().begin();
                em.persist(new Account(apps.indexOf(app), "Grace", "grace@example.org"));
                em.getTransaction().commit();
                em.close();
            }
        } finally {
            apps.forEach(ConfigurableApplicationContext::close);
            pool.shutdownNow();
            own.close();
        }
    }
}
