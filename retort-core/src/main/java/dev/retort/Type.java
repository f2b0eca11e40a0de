package dev.retort;

import java.util.Objects;

/**
 * A portable column type, mapped to each database's own type when rendered, or a raw type
 * written verbatim for the one database a revision targets.
 */
public record Type(Kind kind, int length, int precision, int scale, String raw) {

    public enum Kind {
        SMALLINT, INTEGER, BIGINT, BOOLEAN, VARCHAR, TEXT, NUMERIC, REAL, DOUBLE,
        DATE, TIME, TIMESTAMP, TIMESTAMPTZ, UUID, JSON, BLOB, RAW
    }

    public static final Type SMALLINT = of(Kind.SMALLINT);
    public static final Type INTEGER = of(Kind.INTEGER);
    public static final Type BIGINT = of(Kind.BIGINT);
    public static final Type BOOLEAN = of(Kind.BOOLEAN);
    public static final Type TEXT = of(Kind.TEXT);
    public static final Type REAL = of(Kind.REAL);
    public static final Type DOUBLE = of(Kind.DOUBLE);
    public static final Type DATE = of(Kind.DATE);
    public static final Type TIME = of(Kind.TIME);
    public static final Type TIMESTAMP = of(Kind.TIMESTAMP);
    /** A point in time: timestamptz on PostgreSQL, TIMESTAMP WITH TIME ZONE on H2. */
    public static final Type TIMESTAMPTZ = of(Kind.TIMESTAMPTZ);
    public static final Type UUID = of(Kind.UUID);
    public static final Type JSON = of(Kind.JSON);
    public static final Type BLOB = of(Kind.BLOB);

    public Type {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.RAW && (raw == null || raw.isBlank())) {
            throw new IllegalArgumentException("a raw type needs its SQL text");
        }
        if (kind == Kind.VARCHAR && length <= 0) {
            throw new IllegalArgumentException("varchar length must be positive: " + length);
        }
        if (kind == Kind.NUMERIC && (precision <= 0 || scale < 0 || scale > precision)) {
            throw new IllegalArgumentException("numeric(" + precision + ", " + scale + ") needs 0 <= scale <= precision");
        }
    }

    private static Type of(Kind kind) {
        return new Type(kind, 0, 0, 0, null);
    }

    public static Type varchar(int length) {
        return new Type(Kind.VARCHAR, length, 0, 0, null);
    }

    public static Type numeric(int precision, int scale) {
        return new Type(Kind.NUMERIC, 0, precision, scale, null);
    }

    /** A database-specific type written as given, e.g. {@code raw("inet")}. */
    public static Type raw(String sql) {
        return new Type(Kind.RAW, 0, 0, 0, sql);
    }

    /** As a revision would write it: {@code BIGINT}, {@code varchar(50)}, {@code raw("inet")}. */
    @Override
    public String toString() {
        return switch (kind) {
            case VARCHAR -> "varchar(" + length + ")";
            case NUMERIC -> "numeric(" + precision + ", " + scale + ")";
            case RAW -> "raw(\"" + raw + "\")";
            default -> kind.name();
        };
    }
}
