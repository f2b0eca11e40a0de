package dev.retort.dialect;

import dev.retort.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The DDL Hibernate 6 writes for JPA entities on one database, where it differs between
 * databases: how unquoted names are stored, enum columns, and the types of a few Java types. The
 * defaults are Hibernate's generic choices; a database folder overrides what differs.
 */
public class JpaFacts {
    /** Hibernate's choices where a database has no dialect-specific ones. */
    public static final JpaFacts GENERIC = new JpaFacts();

    protected JpaFacts() {}

    /** How the database stores an unquoted name (Hibernate writes names unquoted). */
    public String fold(String name) {
        return name;
    }

    /**
     * The column of an {@code @Enumerated(STRING)} field: a native enum type of {@code values}
     * (quoted literals in declaration order), or null where Hibernate writes a varchar with a check.
     */
    public Type nativeEnum(List<String> values) {
        return null;
    }

    /** A native enum type as Hibernate writes it: the values in alphabetical order. */
    protected static Type sortedEnum(List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return Type.raw("enum(" + String.join(",", sorted) + ")");
    }

    /** byte and Byte, and ordinal enums. */
    public Type tinyInteger() {
        return Type.raw("tinyint");
    }

    /** LocalDateTime. */
    public Type localDateTime() {
        return Type.raw("timestamp(6)");
    }

    /** LocalTime. */
    public Type localTime() {
        return Type.raw("time(6)");
    }

    /** Instant, OffsetDateTime, ZonedDateTime. */
    public Type instant() {
        return Type.raw("timestamp(6) with time zone");
    }

    /** UUID. */
    public Type uuid() {
        return Type.UUID;
    }

    /** byte[] of {@code length} (0: not said). */
    public Type bytes(int length) {
        return Type.raw("varbinary(" + (length > 0 ? length : 255) + ")");
    }
}
