package dev.retort.dialect.h2;

import dev.retort.dialect.ColumnTypes;
import dev.retort.Type;

/** H2 2.x type spellings as INFORMATION_SCHEMA reports them (rebuilt from their parts by the reflector). */
final class H2Types extends ColumnTypes {
    /** H2 reports an unbounded CHARACTER VARYING with this length. */
    static final long H2_MAX_LENGTH = 1_000_000_000L;

    @Override
    protected Type read(String s) {
        Type simple = switch (s) {
            case "smallint", "int2" -> Type.SMALLINT;
            case "integer", "int", "int4" -> Type.INTEGER;
            case "bigint", "int8" -> Type.BIGINT;
            case "boolean", "bool" -> Type.BOOLEAN;
            case "character varying", "varchar", "text" -> Type.TEXT;
            case "real", "float4" -> Type.REAL;
            case "double precision", "double", "float", "float8" -> Type.DOUBLE;
            case "date" -> Type.DATE;
            case "time", "time(0)", "time without time zone" -> Type.TIME;
            case "timestamp", "timestamp(6)", "timestamp without time zone" -> Type.TIMESTAMP;
            case "timestamp with time zone", "timestamp(6) with time zone", "timestamptz" -> Type.TIMESTAMPTZ;
            case "uuid" -> Type.UUID;
            case "json" -> Type.JSON;
            case "blob", "binary large object" -> Type.BLOB;
            case "clob", "character large object" -> Type.raw("character large object");
            default -> null;
        };
        if (simple != null) {
            return simple;
        }
        Shape sh = shape(s);
        if (sh == null || sh.a() == null) {
            return Type.raw(s);
        }
        return switch (sh.base()) {
            case "character varying", "varchar" -> sh.a() >= H2_MAX_LENGTH ? Type.TEXT : Type.varchar(sh.a());
            case "numeric", "decimal" -> numeric(sh, s);
            case "char", "character" -> Type.raw("character(" + sh.a() + ")");
            case "time" -> sh.a() == 0 && sh.suffix().isEmpty() ? Type.TIME : Type.raw(s);
            case "timestamp" -> sh.a() != 6 ? Type.raw(s)
                    : sh.suffix().isEmpty() ? Type.TIMESTAMP
                    : sh.suffix().equals("with time zone") ? Type.TIMESTAMPTZ : Type.raw(s);
            default -> Type.raw(s);
        };
    }
}
