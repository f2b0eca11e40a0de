package dev.retort.schema;

import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** Has Hibernate create the schema of some entity classes in a database, as an application would at start-up. */
final class HibernateOracle {
    private HibernateOracle() {}

    static void create(String url, List<Class<?>> entities) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url)
                .applySetting("hibernate.hbm2ddl.auto", "create")
                .applySetting("hibernate.show_sql", "false")
                .applySetting("hibernate.connection.pool_size", "1")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                // creating the factory runs the schema export
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
