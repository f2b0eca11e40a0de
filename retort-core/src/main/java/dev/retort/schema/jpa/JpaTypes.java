package dev.retort.schema.jpa;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.JpaFacts;
import dev.retort.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/** The column type Hibernate 6 gives a basic Java type on each database (its DDL type names, default lengths and scales). */
final class JpaTypes {
    private JpaTypes() {}

    /** {@code length}, {@code precision}, {@code scale} as @Column says (0: not said). Null when the type is not basic. */
    static Type of(Dialect d, Class<?> t, int length, int precision, int scale) {
        JpaFacts db = d.jpa();
        if (t == String.class) {
            return Type.varchar(length > 0 ? length : 255);
        } else if (t == Long.class || t == long.class) {
            return Type.BIGINT;
        } else if (t == Integer.class || t == int.class) {
            return Type.INTEGER;
        } else if (t == Short.class || t == short.class) {
            return Type.SMALLINT;
        } else if (t == Byte.class || t == byte.class) {
            return db.tinyInteger();
        } else if (t == Boolean.class || t == boolean.class) {
            return Type.BOOLEAN;
        } else if (t == Double.class || t == double.class) {
            return Type.DOUBLE;
        } else if (t == Float.class || t == float.class) {
            return Type.REAL;
        } else if (t == BigDecimal.class) {
            return Type.numeric(precision > 0 ? precision : 38, scale > 0 ? scale : 2);
        } else if (t == BigInteger.class) {
            return Type.numeric(precision > 0 ? precision : 38, 0);
        } else if (t == LocalDate.class) {
            return Type.DATE;
        } else if (t == LocalDateTime.class) {
            return db.localDateTime();
        } else if (t == LocalTime.class) {
            return db.localTime();
        } else if (t == Instant.class || t == OffsetDateTime.class || t == ZonedDateTime.class) {
            return db.instant();
        } else if (t == UUID.class) {
            return db.uuid();
        } else if (t == byte[].class) {
            return db.bytes(length);
        } else if (t == Character.class || t == char.class) {
            return Type.raw("char(1)");
        }
        return null;
    }
}
