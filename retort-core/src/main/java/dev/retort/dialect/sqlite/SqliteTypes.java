package dev.retort.dialect.sqlite;

import dev.retort.dialect.ColumnTypes;
import dev.retort.Type;
import java.util.Locale;

/** SQLite's declared types, read by affinity spelling (INT, CLOB, DATETIME fold to one type). */
final class SqliteTypes extends ColumnTypes {
    @Override
    protected Type read(String s) {
        String u = s.toUpperCase(Locale.ROOT);
        Type simple = switch (u) {
            case "" , "BLOB" -> Type.BLOB;
            case "INT", "INTEGER" -> Type.INTEGER;
            case "INT2", "SMALLINT" -> Type.SMALLINT;
            case "INT8", "BIGINT" -> Type.BIGINT;
            case "BOOL", "BOOLEAN" -> Type.BOOLEAN;
            case "TEXT", "CLOB", "VARCHAR", "CHARACTER VARYING" -> Type.TEXT;
            case "REAL", "FLOAT" -> Type.REAL;
            case "DOUBLE", "DOUBLE PRECISION" -> Type.DOUBLE;
            case "DATE" -> Type.DATE;
            case "TIME" -> Type.TIME;
            case "TIMESTAMP", "DATETIME" -> Type.TIMESTAMP;
            case "TIMESTAMPTZ" -> Type.TIMESTAMPTZ;
            default -> null;
        };
        if (simple != null) {
            return simple;
        }
        Shape sh = shape(s);
        if (sh != null && sh.a() != null && sh.suffix().isEmpty()) {
            switch (sh.base()) {
                case "varchar", "character varying", "nvarchar", "varying character" -> {
                    return Type.varchar(sh.a());
                }
                case "numeric", "decimal" -> {
                    return numeric(sh, u);
                }
                default -> { }
            }
        }
        return Type.raw(u);
    }
}
