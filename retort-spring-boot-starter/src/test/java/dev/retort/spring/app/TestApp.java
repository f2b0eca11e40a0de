package dev.retort.spring.app;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The application the tests start: auto-configuration only, so JPA finds {@link Account} here. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestApp {}
