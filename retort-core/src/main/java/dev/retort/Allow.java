package dev.retort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Silences lint findings in one Java revision, like {@code -- retort:allow CODE reason} in a
 * SQL revision: {@code @Allow("drop-column")} or
 * {@code @Allow(value = "drop-column", reason = "the column was unused since 2.3")}. Repeat it
 * for several codes; {@code retort lint -v} shows what was silenced and why.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Allow.List.class)
public @interface Allow {
    /** The lint codes to silence. */
    String[] value();

    /** Why the finding is acceptable here; shown by {@code retort lint -v}. */
    String reason() default "";

    /** The container of repeated {@link Allow} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Allow[] value();
    }
}
