package dev.retort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The header of a Java revision. Graph commands read it as text from the source file; executing
 * commands and applications read it from the compiled class, hence runtime retention.
 * {@code revises} takes one id, several (a merge), or none (a root).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    String id();

    String[] revises() default {};

    /** Create date, "yyyy-MM-dd HH:mm:ss". */
    String created() default "";

    String message() default "";

    String[] branchLabels() default {};

    String[] dependsOn() default {};

    /**
     * Like the SQL header's {@code Transaction:}: empty means as configured; "none" runs the
     * revision outside any transaction (PostgreSQL's CREATE INDEX CONCURRENTLY needs that).
     */
    String transaction() default "";
}
