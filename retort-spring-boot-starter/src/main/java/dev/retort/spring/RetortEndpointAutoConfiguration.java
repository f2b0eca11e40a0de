package dev.retort.spring;

import dev.retort.Retort;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code retort} actuator endpoint, when actuator is on the classpath; exposed over HTTP
 * like any endpoint ({@code management.endpoints.web.exposure.include=retort}).
 */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(Retort.class)
public class RetortEndpointAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean
    public RetortEndpoint retortEndpoint(Retort retort) {
        return new RetortEndpoint(retort);
    }
}
