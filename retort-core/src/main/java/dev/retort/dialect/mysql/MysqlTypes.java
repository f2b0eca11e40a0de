package dev.retort.dialect.mysql;

import dev.retort.dialect.ColumnTypes;
import dev.retort.Type;

/** MySQL and MariaDB type spellings (COLUMN_TYPE): display widths (int(11)) and tinyint(1) fold to one type. */
final class MysqlTypes extends ColumnTypes {
    @Override
    protected Type read(String s) {
        Shape sh = shape(s);
        if (sh == null) {
            return Type.raw(s);
        }
        String base = sh.base();
        boolean plain = sh.suffix().isEmpty();
        switch (base) {
            case "tinyint", "smallint", "mediumint", "int", "integer", "bigint" -> {
                if (base.equals("tinyint") && Integer.valueOf(1).equals(sh.a()) && plain) {
                    return Type.BOOLEAN;
                }
                String name = base.equals("integer") ? "int" : base;
                if (!plain) {
                    return Type.raw(name + " " + sh.suffix()); // unsigned, zerofill: the width is display only
                }
                return switch (name) {
                    case "smallint" -> Type.SMALLINT;
                    case "int" -> Type.INTEGER;
                    case "bigint" -> Type.BIGINT;
                    default -> Type.raw(name);
                };
            }
            case "bool", "boolean" -> {
                return Type.BOOLEAN;
            }
            case "varchar" -> {
                return sh.a() != null && plain ? Type.varchar(sh.a()) : Type.raw(s);
            }
            case "longtext" -> {
                return plain && sh.a() == null ? Type.TEXT : Type.raw(s);
            }
            case "decimal", "numeric", "dec", "fixed" -> {
                return plain ? numeric(sh.a() == null ? new Shape(base, 10, 0, "") : sh, s) : Type.raw(s);
            }
            case "float" -> {
                return sh.a() == null && plain ? Type.REAL : Type.raw(s);
            }
            case "double", "double precision", "real" -> {
                return sh.a() == null && plain ? Type.DOUBLE : Type.raw(s);
            }
            case "date" -> {
                return Type.DATE;
            }
            case "time" -> {
                return Integer.valueOf(6).equals(sh.a()) ? Type.TIME : Type.raw(s);
            }
            case "datetime" -> {
                return Integer.valueOf(6).equals(sh.a()) ? Type.TIMESTAMP : Type.raw(s);
            }
            case "timestamp" -> {
                return Integer.valueOf(6).equals(sh.a()) ? Type.TIMESTAMPTZ : Type.raw(s);
            }
            case "char" -> {
                return Integer.valueOf(36).equals(sh.a()) && plain ? Type.UUID : Type.raw(s);
            }
            case "json" -> {
                return Type.JSON;
            }
            case "longblob" -> {
                return Type.BLOB;
            }
            default -> {
                return Type.raw(s);
            }
        }
    }
}
