package dev.retort.dialect.ddl;

import dev.retort.RetortException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Values of bulk inserts: as literals for offline scripts, and as the drivers bind them. */
final class Literals {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]xxx");

    private Literals() {}

    /** Rows grouped by their column lists (first-seen order), so that each group is one INSERT. */
    static Map<List<String>, List<Map<String, Object>>> byColumns(List<Map<String, Object>> rows) {
        Map<List<String>, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            if (row.isEmpty()) {
                throw RetortException.usage("bulkInsert has a row without columns", "give every row at least one value");
            }
            groups.computeIfAbsent(List.copyOf(row.keySet()), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    static String standard(Object v, DdlRenderer r) {
        if (v == null) {
            return "NULL";
        } else if (v instanceof Boolean b) {
            return r.booleanLiteral(b);
        } else if (v instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            return v.toString();
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw RetortException.usage("cannot write " + d + " as an SQL literal", "bind it instead (run online)");
            }
            return BigDecimal.valueOf(d).toPlainString();
        } else if (v instanceof String || v instanceof Character || v instanceof UUID) {
            return r.stringLiteral(v.toString());
        } else if (v instanceof byte[] bytes) {
            String hex = HexFormat.of().formatHex(bytes);
            return r.bytesLiteral(hex);
        } else if (v instanceof LocalDate d) {
            return typed(r, "DATE", d.toString());
        } else if (v instanceof LocalTime t) {
            return typed(r, "TIME", t.toString());
        } else if (v instanceof LocalDateTime t) {
            return typed(r, "TIMESTAMP", LOCAL.format(t));
        } else if (v instanceof OffsetDateTime || v instanceof Instant || v instanceof ZonedDateTime) {
            OffsetDateTime t = offset(v);
            return r.offsetLiteral(t);
        }
        throw RetortException.usage("bulkInsert cannot write a " + v.getClass().getName() + " as an SQL literal",
                "use strings, numbers, booleans, byte[], UUID or java.time values");
    }

    private static String typed(DdlRenderer r, String keyword, String text) {
        return r.typedLiteral(keyword, text);
    }

    /** A point in time with its offset, as a standard typed literal. */
    static String offsetLiteral(DdlRenderer r, OffsetDateTime t) {
        return typed(r, "TIMESTAMP WITH TIME ZONE", OFFSET.format(t));
    }

    /** A point in time as a local timestamp in UTC, for databases whose literals have no zone. */
    static String utcLiteral(DdlRenderer r, OffsetDateTime t) {
        return typed(r, "TIMESTAMP", LOCAL.format(t.withOffsetSameInstant(ZoneOffset.UTC)));
    }

    private static OffsetDateTime offset(Object v) {
        if (v instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return v instanceof ZonedDateTime z ? z.toOffsetDateTime() : (OffsetDateTime) v;
    }

    /** What every driver binds: Instant and ZonedDateTime become OffsetDateTime, Character a String. */
    static Object bindable(Object v) {
        if (v instanceof Instant || v instanceof ZonedDateTime) {
            return offset(v);
        }
        return v instanceof Character ? v.toString() : v;
    }
}
