package dev.retort.lint.sql;

import dev.retort.Type;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a column type as SQL writes it into the portable {@link Type} when it is one of them
 * ({@code int4}, {@code character varying(20)}, {@code decimal(10,2)}, ...), so that type changes
 * in SQL and Java revisions compare alike; anything else stays a raw type.
 */
public final class SqlTypes {
    private static final Pattern SIZED = Pattern.compile("([A-Z ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    private SqlTypes() {}

    public static Type parse(String text) {
        String t = text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        Matcher m = SIZED.matcher(t);
        if (m.matches()) {
            String base = m.group(1).strip();
            int a = Integer.parseInt(m.group(2));
            int b = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            switch (base) {
                case "VARCHAR", "CHARACTER VARYING", "NVARCHAR", "VARCHAR2":
                    return a > 0 ? Type.varchar(a) : Type.raw(text.strip());
                case "NUMERIC", "DECIMAL", "DEC":
                    return a > 0 && b <= a ? Type.numeric(a, b) : Type.raw(text.strip());
                default:
                    return Type.raw(text.strip());
            }
        }
        return switch (t) {
            case "SMALLINT", "INT2", "SMALLSERIAL", "SERIAL2" -> Type.SMALLINT;
            case "INT", "INTEGER", "INT4", "SERIAL", "SERIAL4" -> Type.INTEGER;
            case "BIGINT", "INT8", "BIGSERIAL", "SERIAL8" -> Type.BIGINT;
            case "BOOLEAN", "BOOL" -> Type.BOOLEAN;
            case "TEXT", "CLOB", "CHARACTER VARYING", "VARCHAR" -> Type.TEXT;
            case "REAL", "FLOAT4" -> Type.REAL;
            case "DOUBLE", "DOUBLE PRECISION", "FLOAT8", "FLOAT" -> Type.DOUBLE;
            case "DATE" -> Type.DATE;
            case "TIME", "TIME WITHOUT TIME ZONE" -> Type.TIME;
            case "TIMESTAMP", "TIMESTAMP WITHOUT TIME ZONE" -> Type.TIMESTAMP;
            case "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE" -> Type.TIMESTAMPTZ;
            case "UUID" -> Type.UUID;
            case "JSON" -> Type.JSON;
            case "BLOB", "BYTEA" -> Type.BLOB;
            default -> Type.raw(text.strip());
        };
    }

    /** PostgreSQL's serial types: an integer column with a sequence default. */
    public static boolean isSerial(String text) {
        return text.strip().toUpperCase(Locale.ROOT).matches("(SMALL|BIG)?SERIAL[248]?");
    }

    /**
     * True when every value of {@code from} fits {@code to} unchanged: a longer varchar, text,
     * a wider integer or number, double for real. Equal types count as widening.
     */
    public static boolean widens(Type from, Type to) {
        if (from.equals(to)) {
            return true;
        }
        if (from.kind() == Type.Kind.RAW || to.kind() == Type.Kind.RAW) {
            return from.kind() == to.kind() && from.raw().replaceAll("\\s+", " ").equalsIgnoreCase(to.raw().replaceAll("\\s+", " "));
        }
        return switch (from.kind()) {
            case SMALLINT -> to.kind() == Type.Kind.INTEGER || to.kind() == Type.Kind.BIGINT
                    || (to.kind() == Type.Kind.NUMERIC && to.precision() - to.scale() >= 5);
            case INTEGER -> to.kind() == Type.Kind.BIGINT || (to.kind() == Type.Kind.NUMERIC && to.precision() - to.scale() >= 10);
            case BIGINT -> to.kind() == Type.Kind.NUMERIC && to.precision() - to.scale() >= 19;
            case REAL -> to.kind() == Type.Kind.DOUBLE;
            case VARCHAR -> to.kind() == Type.Kind.TEXT || (to.kind() == Type.Kind.VARCHAR && to.length() >= from.length());
            case NUMERIC -> to.kind() == Type.Kind.NUMERIC && to.scale() >= from.scale()
                    && to.precision() - to.scale() >= from.precision() - from.scale();
            default -> false;
        };
    }
}
