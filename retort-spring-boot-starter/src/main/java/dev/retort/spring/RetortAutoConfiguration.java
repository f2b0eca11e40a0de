package dev.retort.spring;

import dev.retort.Retort;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.io.ResourceLoader;

/**
 * Upgrades the application's database at start-up. Ordered after the DataSource
 * auto-configuration of Spring Boot 3 ({@code autoconfigure.jdbc}) and 4 ({@code jdbc.autoconfigure}),
 * named as strings so one jar serves both; JPA waits for {@link RetortMigrationInitializer}
 * through {@link RetortDatabaseInitializerDetector}, as it waits for Flyway.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnClass(Retort.class)
@ConditionalOnProperty(prefix = "retort", name = "enabled", havingValue = "true", matchIfMissing = true)
@Conditional(RetortAutoConfiguration.DatabaseCondition.class)
@EnableConfigurationProperties(RetortProperties.class)
public class RetortAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RevisionLocations retortRevisionLocations(RetortProperties properties, ResourceLoader resources) {
        return RevisionLocations.copy(properties.getLocations(), resources.getClassLoader());
    }

    @Bean
    StartupLog retortStartupLog() {
        return new StartupLog();
    }

    /** The facade, configured from retort.*: inject it to ask for current, history or pending revisions. */
    @Bean
    @ConditionalOnMissingBean
    public Retort retort(RetortProperties properties, RevisionLocations locations, StartupLog log, ResourceLoader resources,
            @RetortDataSource ObjectProvider<DataSource> retortDataSource, ObjectProvider<DataSource> dataSource) {
        return RetortDatabase.configure(properties, locations, log, resources.getClassLoader(),
                retortDataSource.getIfAvailable(), dataSource);
    }

    @Bean
    @ConditionalOnMissingBean
    public RetortMigrationInitializer retortInitializer(Retort retort, RetortProperties properties,
            ObjectProvider<RetortMigrationStrategy> strategy, RevisionLocations locations, StartupLog log) {
        return new RetortMigrationInitializer(retort, strategy.getIfAvailable(RetortMigrationStrategy::upgrade), properties,
                locations, log);
    }

    /** A database to upgrade: a DataSource bean, or retort.url. */
    static final class DatabaseCondition extends AnyNestedCondition {
        DatabaseCondition() {
            super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        static final class DataSourceBean {}

        @ConditionalOnProperty(prefix = "retort", name = "url")
        static final class Url {}
    }
}
