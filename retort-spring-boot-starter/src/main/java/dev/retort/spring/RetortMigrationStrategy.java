package dev.retort.spring;

import dev.retort.Retort;

/**
 * What happens to the database at start-up, after validation and before JPA starts. The default
 * upgrades to {@code retort.target}; a bean of this type replaces it, for instance one that only
 * checks in production:
 *
 * <pre>{@code
 * @Bean
 * RetortMigrationStrategy checkOnly() {
 *     return (retort, target) -> {
 *         List<String> pending = retort.validate(target);
 *         if (!pending.isEmpty()) {
 *             throw new IllegalStateException("pending revisions: " + pending);
 *         }
 *     };
 * }
 * }</pre>
 */
@FunctionalInterface
public interface RetortMigrationStrategy {
    /** Brings the database where the application needs it; {@code target} is {@code retort.target}. */
    void migrate(Retort retort, String target);

    /** The default: {@code retort.upgrade(target)}. */
    static RetortMigrationStrategy upgrade() {
        return Retort::upgrade;
    }
}
