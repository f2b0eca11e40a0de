/**
 * The JPA model for autogenerate and check: {@link dev.retort.schema.jpa.EntityClasses} finds
 * jakarta.persistence entities on a classpath and {@link dev.retort.schema.jpa.JpaModel} builds the
 * {@code dev.retort.schema.Schema} Hibernate would create for them, without running Hibernate.
 * Must not depend on the engine, the facade or the CLI.
 */
package dev.retort.schema.jpa;
