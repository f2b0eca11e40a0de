package dev.retort.lint.python;

import dev.retort.lint.python.PyExpr.Attr;
import dev.retort.lint.python.PyExpr.Call;
import dev.retort.lint.python.PyExpr.Name;
import dev.retort.lint.python.PyExpr.Seq;
import dev.retort.lint.python.PyExpr.Str;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values of an Alembic revision's arguments, as far as they can be known without running
 * Python: string literals, names assigned exactly one string literal in the file, {@code op.f()}
 * and {@code sa.text()} around them, True/False/None and lists of those. Anything else is
 * {@link Dynamic}: lint reports it as not analysable rather than guessing.
 */
public final class PyValues {
    /** A value lint cannot know; {@code at} is where it is written. */
    public static final class Dynamic extends RuntimeException {
        final transient PyExpr at;

        Dynamic(String message, PyExpr at) {
            super(message, null, false, false);
            this.at = at;
        }
    }

    private final String content;
    private final Map<String, String> constants;

    public PyValues(String content, Map<String, String> constants) {
        this.content = content;
        this.constants = Map.copyOf(constants);
    }

    /** The source text of {@code e}, whitespace runs folded to one space. */
    public String text(PyExpr e) {
        return content.substring(e.at().start(), Math.max(e.at().start(), e.end())).strip().replaceAll("\\s+", " ");
    }

    public static boolean isNone(PyExpr e) {
        return e instanceof Name n && n.name().equals("None");
    }

    /** A name: a string, a constant, {@code op.f("...")} or {@code conv("...")}; never null. */
    public String name(PyExpr e, String what) {
        String s = optionalName(e, what);
        if (s == null || s.isEmpty()) {
            throw new Dynamic("the " + what + " name is " + (s == null ? "None" : "empty"), e);
        }
        return s;
    }

    /** Like {@link #name}, but None (and a missing argument) is null. */
    public String optionalName(PyExpr e, String what) {
        if (e == null || isNone(e)) {
            return null;
        }
        if (e instanceof Str s) {
            if (s.dynamic()) {
                throw new Dynamic("the " + what + " name is a formatted string (" + text(e) + ")", e);
            }
            return s.value();
        }
        if (e instanceof Name n && constants.containsKey(n.name())) {
            return constants.get(n.name());
        }
        if (e instanceof Call c && c.args().size() == 1 && c.args().get(0).keyword() == null
                && (c.name().equals("f") || c.name().equals("conv"))) {
            return optionalName(c.args().get(0).value(), what);
        }
        throw new Dynamic("the " + what + " name is computed (" + text(e) + ")", e);
    }

    /** True, False, or null when absent or None; anything else is dynamic. */
    public Boolean bool(PyExpr e, String what) {
        if (e == null || isNone(e)) {
            return null;
        }
        if (e instanceof Name n && (n.name().equals("True") || n.name().equals("False"))) {
            return n.name().equals("True");
        }
        throw new Dynamic(what + " is computed (" + text(e) + ")", e);
    }

    public boolean isTrue(PyExpr e, String what) {
        return Boolean.TRUE.equals(bool(e, what));
    }

    /**
     * Column names: a list or tuple of names; an SQL expression ({@code sa.text("lower(email)")})
     * counts by its text, as an index on an expression does.
     */
    public List<String> names(PyExpr e, String what) {
        List<String> out = new ArrayList<>();
        List<PyExpr> items = e instanceof Seq s ? s.items() : List.of(e);
        for (PyExpr item : items) {
            String sql = sql(item);
            out.add(sql != null && !(item instanceof Str) ? sql : name(item, what));
        }
        if (out.isEmpty()) {
            throw new Dynamic("the " + what + " list is empty", e);
        }
        return out;
    }

    /**
     * SQL text: a string, a constant, or {@code sa.text("...")} / {@code text("...")}; null when
     * {@code e} is something else. A formatted string is dynamic.
     */
    public String sql(PyExpr e) {
        if (e instanceof Str s) {
            if (s.dynamic()) {
                throw new Dynamic("the SQL is a formatted string, whose text is only known when it runs", e);
            }
            return s.value();
        }
        if (e instanceof Name n && constants.containsKey(n.name())) {
            return constants.get(n.name());
        }
        if (e instanceof PyExpr.Other o && concatenation(o)) {
            StringBuilder b = new StringBuilder();
            o.parts().forEach(x -> b.append(sql(x)));
            return b.toString();
        }
        if (e instanceof Call c && (c.name().equals("text") || c.name().equals("literal_column")) && !c.args().isEmpty()
                && c.args().get(0).keyword() == null) {
            return sql(c.args().get(0).value());
        }
        return null;
    }

    /** {@code "..." + "..."}: strings joined by plus signs only. */
    private boolean concatenation(PyExpr.Other o) {
        List<PyExpr> parts = o.parts();
        if (parts.size() < 2 || !parts.stream().allMatch(x -> x instanceof Str)) {
            return false;
        }
        for (int i = 1; i < parts.size(); i++) {
            if (!content.substring(parts.get(i - 1).end(), parts.get(i).at().start()).strip().equals("+")) {
                return false;
            }
        }
        return content.substring(o.at().start(), parts.get(0).at().start()).isBlank()
                && content.substring(parts.get(parts.size() - 1).end(), o.end()).isBlank();
    }

    /**
     * The columns of an index: names, or for an expression ({@code sa.func.lower(...)},
     * {@code sa.text(...)}) its text, as an index on an expression covers it.
     */
    public List<String> indexColumns(PyExpr e) {
        List<String> out = new ArrayList<>();
        for (PyExpr item : e instanceof Seq s ? s.items() : List.of(e)) {
            String sql = item instanceof Str ? null : sql(item);
            if (sql != null) {
                out.add(sql);
            } else if (item instanceof Str || item instanceof Name || (item instanceof Call c && c.name().equals("f"))) {
                out.add(name(item, "column"));
            } else {
                out.add(text(item));
            }
        }
        if (out.isEmpty()) {
            throw new Dynamic("the column list is empty", e);
        }
        return out;
    }

    /** True when {@code e} is {@code receiver.method} for the given receiver name. */
    public static boolean isMethod(PyExpr e, String receiver, String method) {
        return e instanceof Attr a && a.name().equals(method) && a.target() instanceof Name n && n.name().equals(receiver);
    }
}
