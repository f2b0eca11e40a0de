package dev.retort.dialect;

import dev.retort.Type;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one database spells column types, read back from its catalog: the reverse of
 * {@code DdlRenderer.type}. A spelling folds to a portable {@link Type} where the renderer writes
 * that kind back as the same database type, so that a generated revision round-trips exactly;
 * otherwise to a raw type in one canonical spelling. Each database's subclass holds its aliases
 * (int4/integer, MySQL display widths, SQLite affinity spellings); the folding and the shape of
 * {@code name(a,b) suffix} are shared here.
 */
public abstract class ColumnTypes {
    private static final Pattern SHAPE = Pattern.compile("([a-z0-9_ ]+?)(?:\\((\\d+)(?:,(-?\\d+))?\\)\\s*([a-z ]*))?");

    /** The normalized type for a catalog spelling. */
    public final Type parse(String text) {
        return read(fold(text));
    }

    /** The normalized type of a spelling already {@link #fold folded}. */
    protected abstract Type read(String s);

    /** Lower case outside quotes, single spaces, no spaces around parentheses and commas. */
    public static String fold(String text) {
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

    public record Shape(String base, Integer a, Integer b, String suffix) {}

    protected static Shape shape(String s) {
        Matcher m = SHAPE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        return new Shape(m.group(1).strip(), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)), m.group(4) == null ? "" : m.group(4).strip());
    }

    protected static Type numeric(Shape sh, String raw) {
        if (sh.a() == null) {
            return Type.raw(raw);
        }
        int p = sh.a();
        int sc = sh.b() == null ? 0 : sh.b();
        return p > 0 && sc >= 0 && sc <= p ? Type.numeric(p, sc) : Type.raw(raw);
    }
}
