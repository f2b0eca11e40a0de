package dev.retort.schema;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.ops.Type;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes a database's spelling of a column type to a {@link Type}: a portable kind where
 * the dialect's renderer writes that kind back as the same database type, so that a generated
 * revision round-trips exactly; otherwise a raw type in one canonical spelling. Aliases
 * (int4/integer, varchar/character varying, bool/boolean, timestamptz), MySQL display widths
 * (int(11)) and SQLite affinity spellings (INT, CLOB, DATETIME) fold to one value.
 */
public final class TypeNames {
    private static final Pattern SHAPE = Pattern.compile("([a-z0-9_ ]+?)(?:\\((\\d+)(?:,(-?\\d+))?\\)\\s*([a-z ]*))?");
    /** H2 reports an unbounded CHARACTER VARYING with this length. */
    static final long H2_MAX_LENGTH = 1_000_000_000L;

    private TypeNames() {}

    /**
     * {@link Type} equality without the record's generated equals: the first call of a record's
     * equals or hashCode costs some 10 ms of method-handle set-up in a fresh JVM, and the diff
     * compares every column.
     */
    static boolean same(Type a, Type b) {
        return a == b || (a.kind() == b.kind() && a.length() == b.length() && a.precision() == b.precision()
                && a.scale() == b.scale() && Objects.equals(a.raw(), b.raw()));
    }

    /** A text equal for equal types only, to key maps by type without {@code Type.hashCode} (see {@link #same}). */
    static String key(Type.Kind kind, int length, int precision, int scale, String raw) {
        StringBuilder sb = new StringBuilder(kind.name()).append(',').append(length).append(',').append(precision)
                .append(',').append(scale).append(',');
        return raw == null ? sb.toString() : sb.append('\'').append(raw).toString();
    }

    static String key(Type t) {
        return key(t.kind(), t.length(), t.precision(), t.scale(), t.raw());
    }

    /** The normalized type for {@code text} as {@code dialect} spells it. */
    public static Type parse(Dialect dialect, String text) {
        String s = fold(text);
        return switch (dialect.name()) {
            case "postgresql" -> postgres(s);
            case "mysql" -> mysql(s);
            case "sqlite" -> sqlite(s);
            default -> h2(s);
        };
    }

    /** The type as {@code dialect} would store and report {@code type}: what reflection gives back. */
    public static Type canonical(Dialect dialect, Type type) {
        return parse(dialect, DdlRenderer.forDialect(dialect.name()).type(type));
    }

    /** Lower case outside quotes, single spaces, no spaces around parentheses and commas. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (char c : text.strip().toCharArray()) {
            if (quote != 0) {
                out.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                out.append(c);
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().replaceAll("\\s+", " ").replaceAll(" ?([(),]) ?", "$1").replace(")", ") ").strip();
    }

    private record Shape(String base, Integer a, Integer b, String suffix) {}

    private static Shape shape(String s) {
        Matcher m = SHAPE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        return new Shape(m.group(1).strip(), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)), m.group(4) == null ? "" : m.group(4).strip());
    }

    private static Type numeric(Shape sh, String raw) {
        if (sh.a() == null) {
            return Type.raw(raw);
        }
        int p = sh.a();
        int sc = sh.b() == null ? 0 : sh.b();
        return p > 0 && sc >= 0 && sc <= p ? Type.numeric(p, sc) : Type.raw(raw);
    }

    private static Type postgres(String s) {
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

    private static Type mysql(String s) {
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

    private static Type sqlite(String s) {
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

    private static Type h2(String s) {
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
