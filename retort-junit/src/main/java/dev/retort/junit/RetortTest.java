package dev.retort.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose database is migrated to {@link #target()} by Retort before its tests run:
 * once for the class, or for every test with {@link #fresh()}. Test methods (and lifecycle
 * methods) can ask for a {@link java.sql.Connection}, a {@link RetortDatabase} or
 * {@link RetortAssertions} as parameters.
 *
 * <pre>{@code
 * @RetortTest
 * class SchemaTest {
 *     @Test
 *     void revisionsReverse(RetortAssertions retort) {
 *         retort.assertVerifies();
 *     }
 * }
 * }</pre>
 *
 * Each setting left empty falls back to a JUnit configuration parameter or system property of
 * the same name ({@code retort.url}, {@code retort.config}, {@code retort.locations}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RetortExtension.class)
public @interface RetortTest {
    /**
     * The JDBC url of the test database (a Testcontainers url, a local server's database).
     * Empty, and no {@code retort.url} given: a SQLite file in a temporary folder, deleted afterwards.
     * The database is used as it is; with {@link #fresh()} each test gets an empty database of
     * its own beside it on the same server instead (dropped afterwards).
     */
    String url() default "";

    /** The retort.toml to read; empty: the one in the working directory or a parent (as the CLI finds it). */
    String config() default "";

    /** Revision folders, relative to the project folder, instead of those retort.toml names. */
    String[] locations() default {};

    /** The revision to migrate to. */
    String target() default "head";

    /** A new empty database for every test (migrated before it), instead of one for the class. */
    boolean fresh() default false;
}
