package dev.retort.lint.python;

import dev.retort.script.PyLexer.Kind;
import dev.retort.script.PyLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Just enough of a Python expression to read an Alembic {@code op.*} call without running it:
 * literals, names, attributes, calls with their arguments, lists and tuples. Everything else
 * (operators, comprehensions, lambdas, subscripts) is an {@link Other} that keeps its parts, so
 * calls inside it are still found. Parsing never fails; {@code at} is the first token (line and
 * column), {@code end} the offset just after the expression.
 */
public sealed interface PyExpr {
    public Token at();

    public int end();

    /** One string, or adjacent ones joined; {@code dynamic} for f-strings and bytes, whose text is not the value. */
    public record Str(String value, boolean dynamic, Token at, int end) implements PyExpr {}

    public record Num(String text, Token at, int end) implements PyExpr {}

    public record Name(String name, Token at, int end) implements PyExpr {}

    public record Attr(PyExpr target, String name, Token at, int end) implements PyExpr {}

    public record Call(PyExpr callee, List<Arg> args, Token at, int end) implements PyExpr {
        /** The callee's last name: {@code Column} for {@code sa.Column(...)}, or "" when it has none. */
        String name() {
            return callee instanceof Attr a ? a.name() : callee instanceof Name n ? n.name() : "";
        }
    }

    /** A list or tuple display. */
    public record Seq(List<PyExpr> items, Token at, int end) implements PyExpr {}

    public record Other(List<PyExpr> parts, Token at, int end) implements PyExpr {}

    /** An argument: {@code keyword} is null for a positional one; {@code star} for {@code *x} and {@code **x}. */
    public record Arg(String keyword, PyExpr value, boolean star) {}

    public Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "if", "else", "for", "lambda", "await", "yield", "from", "as");

    /** Parses {@code tokens[from, to)} as one expression. */
    public static PyExpr parse(List<Token> tokens, int from, int to) {
        return new Parser(tokens).expr(from, to);
    }

    /** Splits {@code tokens[from, to)} at the commas of depth {@code depth}; a trailing comma adds nothing. */
    public static List<int[]> split(List<Token> tokens, int from, int to, int depth) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.depth() == depth && t.is(",")) {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < to) {
            out.add(new int[] {start, to});
        }
        return out;
    }

    /** Recursive descent over one statement's tokens; each method returns the index after what it read. */
    public final class Parser {
        private final List<Token> t;
        private int pos;

        Parser(List<Token> tokens) {
            this.t = tokens;
        }

        PyExpr expr(int from, int to) {
            List<PyExpr> units = new ArrayList<>();
            boolean operators = false;
            int i = from;
            while (i < to) {
                Token k = t.get(i);
                if (startsAtom(k)) {
                    pos = i;
                    units.add(unit(to));
                    i = pos;
                } else {
                    operators = true;
                    i++;
                }
            }
            if (units.size() == 1 && !operators) {
                return units.get(0);
            }
            Token first = from < to ? t.get(from) : t.get(Math.max(0, Math.min(from, t.size() - 1)));
            int end = to > from ? t.get(to - 1).end() : first.end();
            return new Other(units, first, end);
        }

        private static boolean startsAtom(Token k) {
            return switch (k.kind()) {
                case STRING, NUMBER -> true;
                case NAME -> !KEYWORDS.contains(k.text());
                case OP -> k.is("(") || k.is("[") || k.is("{");
            };
        }

        /** An atom and its trailers ({@code .name}, calls, subscripts), starting at {@code pos}. */
        private PyExpr unit(int to) {
            PyExpr e = atom(to);
            while (pos < to) {
                Token k = t.get(pos);
                if (k.is(".") && pos + 1 < to && t.get(pos + 1).kind() == Kind.NAME) {
                    Token name = t.get(pos + 1);
                    e = new Attr(e, name.text(), e.at(), name.end());
                    pos += 2;
                } else if (k.is("(")) {
                    int close = close(pos, to);
                    e = new Call(e, args(pos + 1, close, k.depth() + 1), e.at(), t.get(Math.min(close, to - 1)).end());
                    pos = close + 1;
                } else if (k.is("[")) {
                    int close = close(pos, to);
                    List<PyExpr> parts = new ArrayList<>(List.of(e));
                    parts.add(expr(pos + 1, close));
                    e = new Other(parts, e.at(), t.get(Math.min(close, to - 1)).end());
                    pos = close + 1;
                } else {
                    break;
                }
            }
            return e;
        }

        private PyExpr atom(int to) {
            Token k = t.get(pos);
            if (k.kind() == Kind.STRING) {
                StringBuilder value = new StringBuilder();
                boolean dynamic = false;
                int end = k.end();
                while (pos < to && t.get(pos).kind() == Kind.STRING) {
                    Token s = t.get(pos++);
                    String prefix = s.prefix().toLowerCase(Locale.ROOT);
                    dynamic |= prefix.contains("f") || prefix.contains("b");
                    value.append(s.value());
                    end = s.end();
                }
                return new Str(value.toString(), dynamic, k, end);
            }
            if (k.kind() == Kind.NUMBER) {
                pos++;
                return new Num(k.text(), k, k.end());
            }
            if (k.kind() == Kind.NAME) {
                pos++;
                return new Name(k.text(), k, k.end());
            }
            int close = close(pos, to);
            int end = t.get(Math.min(close, to - 1)).end();
            List<int[]> items = split(t, pos + 1, close, k.depth() + 1);
            boolean comprehension = false;
            for (int i = pos + 1; i < close; i++) {
                comprehension |= t.get(i).depth() == k.depth() + 1 && t.get(i).is("for");
            }
            PyExpr out;
            if (k.is("{") || comprehension) {
                out = new Other(List.of(expr(pos + 1, close)), k, end);
            } else if (k.is("(") && items.size() == 1 && !t.get(close - 1).is(",")) {
                out = expr(items.get(0)[0], items.get(0)[1]); // parentheses around one expression
            } else {
                List<PyExpr> values = new ArrayList<>();
                items.forEach(r -> values.add(expr(r[0], r[1])));
                out = new Seq(values, k, end);
            }
            pos = close + 1;
            return out;
        }

        private List<Arg> args(int from, int close, int depth) {
            List<Arg> out = new ArrayList<>();
            for (int[] r : split(t, from, close, depth)) {
                Token first = t.get(r[0]);
                if (first.kind() == Kind.NAME && r[0] + 1 < r[1] && t.get(r[0] + 1).is("=")) {
                    out.add(new Arg(first.text(), expr(r[0] + 2, r[1]), false));
                } else if (first.is("*") || first.is("**")) {
                    out.add(new Arg(null, expr(r[0] + 1, r[1]), true));
                } else {
                    out.add(new Arg(null, expr(r[0], r[1]), false));
                }
            }
            return out;
        }

        /** The index of the bracket closing the one at {@code open}, or {@code to} when the statement ends first. */
        private int close(int open, int to) {
            int depth = t.get(open).depth();
            for (int i = open + 1; i < to; i++) {
                Token k = t.get(i);
                if (k.depth() == depth && (k.is(")") || k.is("]") || k.is("}"))) {
                    return i;
                }
            }
            return to;
        }
    }
}
