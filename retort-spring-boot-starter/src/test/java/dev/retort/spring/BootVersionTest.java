package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/** These tests run once per Spring Boot line; each module's pom says which one it puts on the classpath. */
class BootVersionTest {
    @Test
    void runsOnTheSpringBootTheModuleNames() {
        assertThat(System.getProperty("retort.expected-spring-boot")).isNotBlank();
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("retort.expected-spring-boot"));
    }
}
