package dev.retort.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link RetortMigrationInitializer} beans initialize the database, so
 * beans that depend on an initialized database (JPA's EntityManagerFactory, JdbcTemplate users
 * marked with {@code @DependsOnDatabaseInitialization}) are created after them. Registered in
 * META-INF/spring.factories, as Flyway's detector is.
 */
public class RetortDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(RetortMigrationInitializer.class);
    }
}
