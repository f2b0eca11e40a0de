package dev.retort.lint.python;

import dev.retort.lint.python.PyExpr.Attr;
import dev.retort.lint.python.PyExpr.Call;
import dev.retort.script.PyLexer.Kind;
import dev.retort.script.PyLexer.Statement;
import dev.retort.script.PyLexer.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The block structure of a Python file from its logical lines: which statements form a
 * module-level function, which blocks enclose a statement (a loop, a nested function, a batch,
 * an autocommit block), and the names that hold one string literal.
 */
public final class PyFile {
    private static final Set<String> COMPOUND = Set.of("if", "elif", "else", "for", "while", "with", "try", "except", "finally",
            "def", "class", "async");

    /** A module-level function: statements {@code first} (the def) to {@code last} (exclusive). */
    public record Function(String name, int first, int last, int line, int endLine) {}

    /**
     * What encloses a statement: the line of a loop or of a nested function around it (0 when
     * none), the batches open (alias to table name, "" when the name is computed), and whether it
     * runs in an autocommit block.
     */
    public record Context(int loopLine, int nestedLine, Map<String, String> batches, boolean autocommit) {}

    private final String text;
    private final List<Statement> statements;
    private final int[] lineStarts;
    private final int[] lastLine;
    private final int[] blockEnd;
    private final List<Function> functions = new ArrayList<>();

    public PyFile(String text, List<Statement> statements) {
        this.text = text;
        this.statements = List.copyOf(statements);
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        int n = statements.size();
        lastLine = new int[n];
        blockEnd = new int[n];
        for (int i = 0; i < n; i++) {
            List<Token> t = statements.get(i).tokens();
            lastLine[i] = lineOf(t.get(t.size() - 1).end() - 1);
        }
        for (int i = n - 1; i >= 0; i--) {
            int end = i + 1;
            while (end < n && statements.get(end).indent() > statements.get(i).indent()) {
                end = blockEnd[end];
            }
            blockEnd[i] = end;
        }
        for (int i = 0; i < n; i++) {
            List<Token> t = statements.get(i).tokens();
            if (statements.get(i).indent() == 0 && t.size() >= 2 && t.get(0).is("def") && t.get(1).kind() == Kind.NAME) {
                functions.add(new Function(t.get(1).text(), i, blockEnd[i], statements.get(i).line(), lastLine[blockEnd[i] - 1]));
            }
        }
    }

    public List<Statement> statements() {
        return statements;
    }

    public List<Function> functions() {
        return functions;
    }

    /** The module-level function of that name (the last definition, as Python keeps), or null. */
    public Function function(String name) {
        Function out = null;
        for (Function f : functions) {
            if (f.name().equals(name)) {
                out = f;
            }
        }
        return out;
    }

    public int lastLine(int index) {
        return lastLine[index];
    }

    /** The last line of the statement's block (its own last line for a simple statement). */
    public int blockEndLine(int index) {
        return lastLine[blockEnd[index] - 1];
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return i >= 0 ? i + 1 : -i - 1;
    }

    public int columnOf(Token t) {
        return t.start() - lineStarts[t.line() - 1] + 1;
    }

    /** The column of the first non-blank character of a line. */
    public int column(int line) {
        int p = lineStarts[line - 1];
        int start = p;
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p - start + 1;
    }

    /**
     * Where a statement's own code starts: 0 for a simple statement, just after the colon for a
     * block header with its body on the same line, -1 for a header whose body follows.
     */
    public static int bodyStart(List<Token> t) {
        Token first = t.get(0);
        if (first.kind() != Kind.NAME || !COMPOUND.contains(first.text())) {
            return 0;
        }
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).depth() == 0 && t.get(i).is(":")) {
                return i + 1 < t.size() ? i + 1 : -1;
            }
        }
        return -1;
    }

    /** Names of module-level functions other than upgrade and downgrade whose bodies call op.*. */
    public Set<String> helpersUsingOp() {
        Set<String> out = new HashSet<>();
        for (Function f : functions) {
            if (f.name().equals("upgrade") || f.name().equals("downgrade")) {
                continue;
            }
            for (int i = f.first(); i < f.last() && !out.contains(f.name()); i++) {
                List<Token> t = statements.get(i).tokens();
                for (int k = 0; k + 1 < t.size(); k++) {
                    if (t.get(k).kind() == Kind.NAME && t.get(k).text().equals("op") && t.get(k + 1).is(".")) {
                        out.add(f.name());
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Names assigned exactly once in the file, to a plain string literal ({@code TABLE = "users"}):
     * their value is known. A name assigned anything else, or more than once, is not.
     */
    public Map<String, String> constants() {
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> assigned = new HashMap<>();
        for (Statement st : statements) {
            List<Token> t = st.tokens();
            for (int i = 0; i + 1 < t.size(); i++) {
                Token k = t.get(i);
                if (k.kind() == Kind.NAME && (t.get(i + 1).is("=") || t.get(i + 1).text().matches("[-+*/%&|^@:<>]+=") && !t.get(i + 1).is("=="))
                        && k.depth() == 0 && (i == 0 || t.get(i - 1).is(","))) {
                    assigned.merge(k.text(), 1, Integer::sum);
                } else if (k.kind() == Kind.NAME && i > 0 && (t.get(i - 1).is("as") || t.get(i - 1).is("for") || t.get(i - 1).is("def"))) {
                    assigned.merge(k.text(), 2, Integer::sum);
                }
            }
            if (t.size() >= 3 && t.get(0).kind() == Kind.NAME && t.get(1).is("=") && t.subList(2, t.size()).stream()
                    .allMatch(x -> x.kind() == Kind.STRING && !x.prefix().toLowerCase(java.util.Locale.ROOT).matches(".*[fb].*"))) {
                values.put(t.get(0).text(), String.join("", t.subList(2, t.size()).stream().map(Token::value).toList()));
            }
        }
        values.keySet().removeIf(name -> assigned.getOrDefault(name, 0) != 1);
        return values;
    }

    /** The blocks around statement {@code index} of {@code function}, and its own header when its body is inline. */
    public Context context(int index, Function function, PyValues values) {
        List<Integer> headers = new ArrayList<>();
        if (bodyStart(statements.get(index).tokens()) > 0) {
            headers.add(index);
        }
        int indent = statements.get(index).indent();
        for (int j = index - 1; j > function.first(); j--) {
            if (statements.get(j).indent() < indent) {
                headers.add(j);
                indent = statements.get(j).indent();
            }
        }
        int loop = 0;
        int nested = 0;
        boolean autocommit = false;
        Map<String, String> batches = new LinkedHashMap<>();
        for (int j : headers) {
            List<Token> t = statements.get(j).tokens();
            String kind = t.get(0).is("async") && t.size() > 1 ? t.get(1).text() : t.get(0).text();
            int line = statements.get(j).line();
            switch (kind) {
                case "for", "while" -> loop = line;
                case "def", "class" -> nested = line;
                case "with" -> autocommit |= with(t, values, batches);
                default -> { }
            }
        }
        return new Context(loop, nested, batches, autocommit);
    }

    /** Reads a with statement's items: batches into {@code batches}; true when one is an autocommit block. */
    private static boolean with(List<Token> t, PyValues values, Map<String, String> batches) {
        int colon = t.size();
        int start = t.get(0).is("async") ? 2 : 1;
        for (int i = start; i < t.size(); i++) {
            if (t.get(i).depth() == 0 && t.get(i).is(":")) {
                colon = i;
                break;
            }
        }
        boolean autocommit = false;
        for (int[] item : PyExpr.split(t, start, colon, 0)) {
            int end = item[1];
            String alias = null;
            if (end - item[0] >= 3 && t.get(end - 2).is("as") && t.get(end - 1).kind() == Kind.NAME) {
                alias = t.get(end - 1).text();
                end -= 2;
            }
            PyExpr e = PyExpr.parse(t, item[0], end);
            if (e instanceof Call c && PyValues.isMethod(c.callee(), "op", "batch_alter_table") && alias != null) {
                String table;
                try {
                    table = values.name(PyArgs.bind(c, "table_name").required("table_name", c), "table");
                } catch (PyValues.Dynamic d) {
                    table = "";
                }
                batches.putIfAbsent(alias, table);
            } else if (e instanceof Call c && c.callee() instanceof Attr a && a.name().equals("autocommit_block")
                    && a.target() instanceof Call ctx && PyValues.isMethod(ctx.callee(), "op", "get_context")) {
                autocommit = true;
            }
        }
        return autocommit;
    }
}
