package dev.retort.script;

import dev.retort.RetortException;
import dev.retort.script.AlembicScript.Assignment;
import dev.retort.script.AlembicScript.DocLine;
import dev.retort.script.AlembicScript.Function;
import dev.retort.script.AlembicScript.Literal;
import dev.retort.script.PyLexer.Kind;
import dev.retort.script.PyLexer.Statement;
import dev.retort.script.PyLexer.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an Alembic revision script (*.py) as text: never executes Python. Understands the
 * module-level {@code revision}, {@code down_revision}, {@code branch_labels} and
 * {@code depends_on} assignments (strings, None, tuples and lists, with or without type
 * annotations) and the docstring's {@code Revision ID:}, {@code Revises:} and
 * {@code Create Date:} lines, the way Alembic's own template writes them.
 */
public final class AlembicReader {
    private static final String HINT = "Retort reads Alembic scripts as text and never runs them: "
            + "write revision ids as string literals, e.g. down_revision = 'abc123' or ('a', 'b')";

    /** A value this long is no list of ids; the lexer keeps only the first tokens of a statement anyway. */
    private static final int MAX_VALUE_TOKENS = 4000;

    private final String file;
    private final String content;
    private final Map<String, Integer> lines = new HashMap<>();
    private int statements;
    private Token docstring;
    private Assignment revision;
    private Assignment downRevision;
    private Assignment branchLabels;
    private Assignment dependsOn;
    private String openFunction;
    private int openFunctionLine;
    private boolean openFunctionEmpty;
    private AlembicScript.Work openFunctionWork = AlembicScript.Work.NOTHING;
    private Function upgrade;
    private Function downgrade;

    private final PyConstants constants;

    private AlembicReader(Path path, String content) {
        this.file = String.valueOf(path);
        this.content = content;
        this.constants = new PyConstants(path == null ? Path.of(".") : path);
    }

    /**
     * Parses {@code content} of {@code path}. Throws {@link RetortException} of kind USAGE with a
     * "FILE:LINE: what is wrong" message for a malformed header.
     */
    public static RevisionHeader read(Path path, String content) {
        return parse(path, content).revision();
    }

    /** Like {@link #read}, keeping the position of every value for repairs. */
    public static AlembicScript parse(Path path, String content) {
        return new AlembicReader(path, content).run(path);
    }

    private AlembicScript run(Path path) {
        PyLexer.statements(file, content, this::statement);
        closeFunction();
        if (revision == null) {
            throw RetortException.usage(file + ":1: no module-level revision = '...' assignment",
                    "an Alembic revision script declares revision, down_revision, branch_labels and depends_on at module level");
        }
        if (downRevision == null) {
            throw RetortException.usage(file + ":" + revision.line() + ": no module-level down_revision assignment",
                    "add down_revision = None for a first revision, or the parent's revision id");
        }
        Doc doc = docstring == null ? new Doc("", null, null, null) : readDocstring(docstring);
        String id = revision.literals().get(0).value();
        RevisionHeader rev = new RevisionHeader(id, downRevision.values(),
                branchLabels == null ? List.of() : branchLabels.values(),
                dependsOn == null ? List.of() : dependsOn.values(),
                doc.message, doc.createDate == null ? "" : doc.createDate.value(),
                new Source(path, Format.ALEMBIC, lines));
        return new AlembicScript(rev, revision, downRevision, branchLabels, dependsOn,
                doc.revisionId, doc.revises, upgrade, downgrade);
    }

    private void statement(Statement st) {
        List<Token> t = st.tokens();
        if (statements++ == 0 && st.indent() == 0 && t.size() == 1 && t.get(0).kind() == Kind.STRING) {
            docstring = t.get(0);
            return;
        }
        if (st.indent() > 0) {
            if (openFunction != null) {
                AlembicScript.Work w = FunctionWork.of(t);
                openFunctionWork = openFunctionWork.and(w);
                openFunctionEmpty &= w == AlembicScript.Work.NOTHING;
            }
            return;
        }
        closeFunction();
        Token first = t.get(0);
        if (first.is("from") || first.is("import")) {
            constants.statement(t);
        } else if (first.kind() == Kind.NAME && t.size() >= 2 && (t.get(1).is("=") || t.get(1).is(":"))) {
            assignment(st, first.text());
        } else if (first.is("def") && t.size() >= 2 && (t.get(1).is("upgrade") || t.get(1).is("downgrade"))) {
            openFunction = t.get(1).text();
            openFunctionLine = st.line();
            openFunctionEmpty = true;
            openFunctionWork = AlembicScript.Work.NOTHING;
            List<Token> inline = bodyAfterSignature(t);
            if (!inline.isEmpty()) {
                openFunctionWork = FunctionWork.of(inline);
                openFunctionEmpty = openFunctionWork == AlembicScript.Work.NOTHING;
            }
        }
    }

    private void closeFunction() {
        if (openFunction == null) {
            return;
        }
        Function f = new Function(openFunctionLine, openFunctionEmpty, openFunctionWork);
        lines.put(openFunction, openFunctionLine);
        if (openFunction.equals("upgrade")) {
            upgrade = f;
        } else {
            downgrade = f;
        }
        openFunction = null;
    }

    /** The tokens after the colon that ends a one-line {@code def f(): body}. */
    private static List<Token> bodyAfterSignature(List<Token> t) {
        boolean params = false;
        for (int i = 2; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.is("(") && k.depth() == 0) {
                params = true;
            } else if (params && k.is(":") && k.depth() == 0) {
                return t.subList(i + 1, t.size());
            }
        }
        return List.of();
    }

    private void assignment(Statement st, String name) {
        String key = switch (name) {
            case "revision" -> "revision";
            case "down_revision" -> "revises";
            case "branch_labels" -> "branch_labels";
            case "depends_on" -> "depends_on";
            default -> null;
        };
        List<Token> t = st.tokens();
        if (key == null) {
            if (t.size() == 3 && t.get(1).is("=") && t.get(2).kind() == Kind.STRING && !t.get(2).triple()) {
                constants.constant(name, t.get(2).value());
            }
            return;
        }
        int eq = 1;
        if (t.get(1).is(":")) {
            eq = -1;
            for (int i = 2; i < t.size(); i++) {
                if (t.get(i).is("=") && t.get(i).depth() == 0) {
                    eq = i;
                    break;
                }
            }
            if (eq < 0) {
                return; // a bare annotation assigns nothing
            }
        }
        Assignment a = value(name, st.line(), t.subList(eq + 1, t.size()), name.equals("revision"));
        lines.put(key, st.line());
        switch (key) {
            case "revision" -> revision = a;
            case "revises" -> downRevision = a;
            case "branch_labels" -> branchLabels = a;
            default -> dependsOn = a;
        }
    }

    private Assignment value(String name, int line, List<Token> v, boolean single) {
        if (v.isEmpty()) {
            throw error(line, name + " has no value");
        }
        Token first = v.get(0);
        Token last = v.get(v.size() - 1);
        int start = first.start();
        int end = last.end();
        if (v.size() == 1 && first.is("None") && !single) {
            return new Assignment(line, start, end, '\0', List.of());
        }
        if (v.size() >= MAX_VALUE_TOKENS) {
            throw error(line, name + " is too long to be a list of revision ids");
        }
        char bracket = '\0';
        int from = 0;
        int to = v.size();
        if (first.is("(") || first.is("[")) {
            bracket = first.text().charAt(0);
            String close = bracket == '(' ? ")" : "]";
            if (!last.is(close) || last.depth() != first.depth()) {
                throw shape(line, name, single, start, end);
            }
            from = 1;
            to = v.size() - 1;
        }
        List<Literal> literals = new ArrayList<>();
        boolean comma = false;
        for (int i = from; i < to; i++) {
            Token k = v.get(i);
            if (k.kind() == Kind.NAME && name.equals("branch_labels")) {
                // A label may be a constant (neutron: cli.CONTRACT_BRANCH); no repair rewrites labels.
                i = constants.literal(file, v, i, to, literals);
                if (i + 1 < to) {
                    Token sep = v.get(++i);
                    if (!sep.is(",")) {
                        throw shape(sep.line(), name, single, start, end);
                    }
                    comma = true;
                }
                continue;
            }
            if (k.kind() != Kind.STRING || k.triple()) {
                throw shape(k.line(), name, single, start, end);
            }
            String prefix = k.prefix().toLowerCase(Locale.ROOT);
            if (prefix.contains("b") || prefix.contains("f")) {
                throw error(k.line(), name + " uses a " + (prefix.contains("b") ? "bytes" : "formatted") + " string; use a plain string literal");
            }
            literals.add(new Literal(k.valueStart(), k.valueEnd(), k.quote(), k.value()));
            if (i + 1 < to) {
                Token sep = v.get(++i);
                if (!sep.is(",")) {
                    throw shape(sep.line(), name, single, start, end);
                }
                comma = true;
            }
        }
        if (single && (bracket != '\0' || comma || literals.size() != 1)) {
            throw shape(line, name, true, start, end);
        }
        if (single && literals.get(0).value().isBlank()) {
            throw error(line, "revision is empty");
        }
        if (bracket == '\0' && literals.isEmpty()) {
            throw error(line, name + " has no value");
        }
        return new Assignment(line, start, end, bracket, literals);
    }

    private RetortException shape(int line, String name, boolean single, int start, int end) {
        String expected = single ? "revision must be one string literal"
                : name + " must be a string, None, or a tuple or list of strings";
        return error(line, expected + "; found " + excerpt(start, end));
    }

    private String excerpt(int start, int end) {
        String s = content.substring(start, Math.min(end, start + 40)).replaceAll("\\p{Cntrl}", " ");
        return "`" + s + (end - start > 40 ? "..." : "") + "`";
    }

    private RetortException error(int line, String what) {
        return RetortException.usage(file + ":" + line + ": " + what, HINT);
    }

    private record Doc(String message, DocLine revisionId, DocLine revises, DocLine createDate) {}

    /**
     * Reads the docstring's raw text line by line, so offsets map straight into the file. The
     * message is its first paragraph, as Alembic's {@code Script.doc} (lines kept as written).
     */
    private Doc readDocstring(Token doc) {
        String message = "";
        boolean paragraphDone = false;
        DocLine revisionId = null;
        DocLine revises = null;
        DocLine createDate = null;
        int p = doc.valueStart();
        int end = doc.valueEnd();
        int lineNo = doc.line();
        while (p <= end) {
            int e = p;
            while (e < end && content.charAt(e) != '\n' && content.charAt(e) != '\r') {
                e++;
            }
            int ks = p;
            while (ks < e && Character.isWhitespace(content.charAt(ks))) {
                ks++;
            }
            String rest = content.substring(ks, e).toLowerCase(Locale.ROOT);
            if (rest.startsWith("revision id:")) {
                revisionId = docLine(lineNo, ks + "revision id:".length(), e, "docstring_revision");
            } else if (rest.startsWith("revises:")) {
                revises = docLine(lineNo, ks + "revises:".length(), e, "docstring_revises");
            } else if (rest.startsWith("create date:")) {
                createDate = docLine(lineNo, ks + "create date:".length(), e, "create_date");
            } else if (message.isEmpty() && ks < e) {
                message = content.substring(ks, e).strip();
                lines.put("message", lineNo);
            } else if (!message.isEmpty() && ks < e && !paragraphDone) {
                message = message + "\n" + content.substring(p, e).stripTrailing();
            }
            if (!message.isEmpty() && (ks == e || rest.startsWith("revision id:") || rest.startsWith("revises:")
                    || rest.startsWith("create date:"))) {
                paragraphDone = true;
            }
            if (e >= end) {
                break;
            }
            p = e + (content.charAt(e) == '\r' && e + 1 < end && content.charAt(e + 1) == '\n' ? 2 : 1);
            lineNo++;
        }
        return new Doc(message, revisionId, revises, createDate);
    }

    private DocLine docLine(int line, int keyEnd, int lineEnd, String key) {
        int vs = keyEnd;
        while (vs < lineEnd && Character.isWhitespace(content.charAt(vs))) {
            vs++;
        }
        int ve = lineEnd;
        while (ve > vs && Character.isWhitespace(content.charAt(ve - 1))) {
            ve--;
        }
        lines.put(key, line);
        return new DocLine(line, keyEnd, vs, ve, content.substring(vs, ve));
    }

}
