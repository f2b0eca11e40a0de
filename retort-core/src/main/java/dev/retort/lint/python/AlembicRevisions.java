package dev.retort.lint.python;

import dev.retort.lint.RevisionSteps;
import dev.retort.lint.Step;
import dev.retort.RetortException;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.lint.python.PyExpr.Attr;
import dev.retort.lint.python.PyExpr.Call;
import dev.retort.lint.python.PyExpr.Name;
import dev.retort.script.AlembicReader;
import dev.retort.script.AlembicScript;
import dev.retort.script.PyLexer;
import dev.retort.script.PyLexer.Kind;
import dev.retort.script.PyLexer.Statement;
import dev.retort.script.PyLexer.Token;
import dev.retort.script.RevisionHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alembic revisions for lint, read as text and never run: the {@code op.*} calls of
 * {@code upgrade()} (also in {@code with op.batch_alter_table(...)} and
 * {@code autocommit_block()} blocks, and under {@code if}) become steps. What lint cannot know
 * without running Python (names held in variables, f-strings, loops, helper functions) is
 * reported once per file as not-analyzable, never guessed.
 */
public final class AlembicRevisions {
    private final Path path;
    private final String text;
    private final PyFile file;
    private final PyValues values;
    private final AlembicOps ops;
    private final List<Step> steps = new ArrayList<>();
    private final Map<Integer, Integer> columns = new HashMap<>();
    /** Where lint could not see what happens: line to reason, first one per line. */
    private final Map<Integer, String> unreadable = new HashMap<>();
    private final Set<String> connections = new HashSet<>();

    private AlembicRevisions(Path path, String text, SqlSyntax syntax) {
        this.path = path;
        this.text = text;
        this.file = new PyFile(text, PyLexer.allStatements(path.toString(), text));
        this.values = new PyValues(text, file.constants());
        this.ops = new AlembicOps(values, syntax, path.toString());
    }

    public static RevisionSteps read(RevisionHeader header, SqlSyntax syntax) {
        Path path = header.source().path();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot read " + path + ": " + e.getMessage(),
                    "check that the file exists and is readable", e);
        }
        return new AlembicRevisions(path, text, syntax).run(header);
    }

    private RevisionSteps run(RevisionHeader header) {
        PyFile.Function upgrade = file.function("upgrade");
        if (upgrade != null) {
            for (int i = upgrade.first() + 1; i < upgrade.last(); i++) {
                statement(i, upgrade);
            }
        }
        AlembicScript script = AlembicReader.parse(path, text);
        RevisionSteps.Downgrade downgrade;
        if (script.downgrade() == null) {
            downgrade = new RevisionSteps.Downgrade(RevisionSteps.Downgrade.State.MISSING, header.source().line("revision"),
                    "the file has no downgrade() (Alembic stops with an error when asked to downgrade past it)");
        } else if (script.downgrade().empty()) {
            downgrade = new RevisionSteps.Downgrade(RevisionSteps.Downgrade.State.EMPTY, script.downgrade().line(),
                    "downgrade() does nothing, so a downgrade past it reports success and leaves the changes in place");
        } else {
            downgrade = RevisionSteps.Downgrade.present();
        }
        String unanalyzed = null;
        int unanalyzedLine = 0;
        if (!unreadable.isEmpty()) {
            List<Integer> lines = unreadable.keySet().stream().sorted().toList();
            unanalyzedLine = lines.get(0);
            unanalyzed = unreadable.get(unanalyzedLine) + (lines.size() == 1 ? ""
                    : " (and " + (lines.size() - 1) + " more: line" + (lines.size() == 2 ? " " : "s ")
                            + String.join(", ", lines.subList(1, lines.size()).stream().map(String::valueOf).toList()) + ")");
        }
        return new RevisionSteps(header, path, steps, downgrade, false, PyAllowances.read(text, file), unanalyzed, unanalyzedLine,
                columns);
    }

    /** One statement of upgrade(), in the context of the blocks around it. */
    private void statement(int index, PyFile.Function upgrade) {
        Statement st = file.statements().get(index);
        List<Token> t = st.tokens();
        PyFile.Context context = file.context(index, upgrade, values);
        if (context.loopLine() > 0 || context.nestedLine() > 0) {
            if (mentionsOp(t, context)) {
                int at = context.loopLine() > 0 ? context.loopLine() : context.nestedLine();
                note(at, file.column(at), context.loopLine() > 0
                        ? "a loop (line " + at + ") that runs op.* calls: which tables and columns it changes is only known when it runs"
                        : "a function defined in upgrade() (line " + at + ") that runs op.* calls, which lint does not follow");
            }
            return;
        }
        int body = PyFile.bodyStart(t);
        if (body < 0) {
            return; // a block header (with, if, def, ...): its body comes as statements of their own
        }
        if (body == 0 && t.size() >= 3 && t.get(0).kind() == Kind.NAME && t.get(1).is("=") && connectionValue(t, 2)) {
            connections.add(t.get(0).text());
            return;
        }
        visit(PyExpr.parse(t, body, t.size()), context);
    }

    /** {@code op.get_bind()} or {@code op.get_context().connection}, from {@code tokens[from]} to the end. */
    private boolean connectionValue(List<Token> t, int from) {
        PyExpr e = PyExpr.parse(t, from, t.size());
        return isBind(e) || (e instanceof Attr a && a.name().equals("connection") && a.target() instanceof Call c
                && PyValues.isMethod(c.callee(), "op", "get_context"));
    }

    private static boolean isBind(PyExpr e) {
        return e instanceof Call c && PyValues.isMethod(c.callee(), "op", "get_bind");
    }

    private void visit(PyExpr e, PyFile.Context context) {
        if (e instanceof Call c) {
            if (c.callee() instanceof Attr a && a.target() instanceof Name n
                    && (n.name().equals("op") || context.batches().containsKey(n.name()))) {
                operation(c, a.name(), n.name().equals("op") ? null : n.name(), context);
                return;
            }
            if (c.callee() instanceof Attr a && (a.name().equals("execute") || a.name().equals("exec_driver_sql"))
                    && ((a.target() instanceof Name n && connections.contains(n.name())) || isBind(a.target()))) {
                guarded(c, () -> {
                    List<Step> out = new ArrayList<>();
                    ops.execute(PyArgs.bind(c, "statement").required("statement", c), c, context.autocommit(), out);
                    return out;
                });
                return;
            }
            if (c.callee() instanceof Name n && file.helpersUsingOp().contains(n.name())) {
                note(c.at().line(), column(c), "the call of " + n.name() + "(), a function of this file that runs op.* calls, "
                        + "which lint does not follow");
            }
            for (PyExpr.Arg a : c.args()) {
                if (a.value() instanceof Name n && (n.name().equals("op") || context.batches().containsKey(n.name()))) {
                    note(c.at().line(), column(c), values.text(c.callee()) + "(" + n.name() + ", ...), which passes " + n.name()
                            + " to code lint does not follow");
                }
                visit(a.value(), context);
            }
            visit(c.callee(), context);
        } else if (e instanceof Attr a) {
            visit(a.target(), context);
        } else if (e instanceof PyExpr.Seq s) {
            s.items().forEach(x -> visit(x, context));
        } else if (e instanceof PyExpr.Other o) {
            o.parts().forEach(x -> visit(x, context));
        }
    }

    private void operation(Call c, String method, String alias, PyFile.Context context) {
        if (AlembicOps.quiet(method)) {
            return;
        }
        String batch = alias == null ? null : context.batches().get(alias);
        if (alias != null && batch.isEmpty()) {
            note(c.at().line(), column(c), "batch_op." + method + "() in a batch whose table name is computed");
            return;
        }
        guarded(c, () -> ops.call(method, c, batch, context.autocommit()));
    }

    private interface Translation {
        List<Step> steps();
    }

    private void guarded(Call c, Translation translation) {
        try {
            List<Step> out = translation.steps();
            if (!out.isEmpty()) {
                columns.putIfAbsent(c.at().line(), column(c));
            }
            steps.addAll(out);
        } catch (PyValues.Dynamic d) {
            note(c.at().line(), column(c), values.text(c.callee()) + "(...): " + d.getMessage());
        } catch (IllegalArgumentException e) {
            note(c.at().line(), column(c), values.text(c.callee()) + "(...): " + e.getMessage()); // a shape the model refuses
        }
    }

    private int column(PyExpr e) {
        return file.columnOf(e.at());
    }

    private void note(int line, int column, String why) {
        if (unreadable.putIfAbsent(line, why) == null) {
            columns.putIfAbsent(line, column);
        }
    }

    private static boolean mentionsOp(List<Token> t, PyFile.Context context) {
        for (int i = 0; i + 1 < t.size(); i++) {
            Token k = t.get(i);
            if (k.kind() == Kind.NAME && (k.text().equals("op") || context.batches().containsKey(k.text())) && t.get(i + 1).is(".")) {
                return true;
            }
        }
        return false;
    }
}
