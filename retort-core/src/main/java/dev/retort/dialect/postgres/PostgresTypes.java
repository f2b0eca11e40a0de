package dev.retort.dialect.postgres;

import dev.retort.dialect.ColumnTypes;
import dev.retort.Type;

/** PostgreSQL's type spellings (format_type): aliases such as int4, serial, bpchar and timestamptz fold to one type. */
final class PostgresTypes extends ColumnTypes {
    @Override
    protected Type read(String s) {
        Type simple = switch (s) {
            case "smallint", "int2", "smallserial", "serial2" -> Type.SMALLINT;
            case "integer", "int", "int4", "serial", "serial4" -> Type.INTEGER;
            case "bigint", "int8", "bigserial", "serial8" -> Type.BIGINT;
            case "boolean", "bool" -> Type.BOOLEAN;
            case "text" -> Type.TEXT;
            case "real", "float4" -> Type.REAL;
            case "double precision", "float8", "float" -> Type.DOUBLE;
            case "date" -> Type.DATE;
            case "time", "time without time zone" -> Type.TIME;
            case "timestamp", "timestamp without time zone" -> Type.TIMESTAMP;
            case "timestamptz", "timestamp with time zone" -> Type.TIMESTAMPTZ;
            case "uuid" -> Type.UUID;
            case "json" -> Type.JSON;
            case "bytea" -> Type.BLOB;
            case "varchar", "character varying" -> Type.raw("character varying");
            case "char", "character", "bpchar" -> Type.raw("character(1)");
            case "numeric", "decimal" -> Type.raw("numeric");
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
            case "varchar", "character varying" -> sh.suffix().isEmpty() ? Type.varchar(sh.a()) : Type.raw(s);
            case "char", "character", "bpchar" -> Type.raw("character(" + sh.a() + ")");
            case "numeric", "decimal" -> numeric(sh, s);
            case "timestamp" -> Type.raw("timestamp(" + sh.a() + ") " + (sh.suffix().isEmpty() ? "without time zone" : sh.suffix()));
            case "timestamptz" -> Type.raw("timestamp(" + sh.a() + ") with time zone");
            case "time" -> Type.raw("time(" + sh.a() + ") " + (sh.suffix().isEmpty() ? "without time zone" : sh.suffix()));
            case "float" -> sh.a() <= 24 ? Type.REAL : Type.DOUBLE;
            default -> Type.raw(s);
        };
    }
}
