package dev.retort.lint.python;

import dev.retort.lint.rules.Rules;
import dev.retort.lint.Allowances;
import dev.retort.lint.RevisionSteps;
import dev.retort.doctor.run.Doctor;
import dev.retort.script.PyLexer.Kind;
import dev.retort.script.PyLexer.Statement;
import dev.retort.script.PyLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code # retort: allow CODE[,CODE] reason} comments of an Alembic revision. At module
 * level (the top of the file, outside any function) one silences the code in the whole file;
 * inside {@code upgrade()} it silences the statement on its line, or the one after it when it
 * stands on a line of its own (for a block header such as {@code with op.batch_alter_table(...)},
 * the whole block); inside {@code downgrade()} it covers the downgrade. Codes of doctor's
 * (which reads the same comments) are doctor's business, not unknown lint codes.
 */
public final class PyAllowances {
    private static final Pattern ALLOW = Pattern.compile("#\\s*retort:\\s*allow\\b[ \\t]*([A-Za-z0-9_,-]*)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private PyAllowances() {}

    public static List<RevisionSteps.Allowance> read(String text, PyFile file) {
        List<int[]> strings = new ArrayList<>();
        for (Statement st : file.statements()) {
            for (Token t : st.tokens()) {
                if (t.kind() == Kind.STRING) {
                    strings.add(new int[] {t.start(), t.end()});
                }
            }
        }
        Set<String> lintCodes = Set.copyOf(Rules.codes(Rules.ALL).keySet());
        Set<String> doctorCodes = Set.copyOf(Doctor.codes());
        List<RevisionSteps.Allowance> out = new ArrayList<>();
        Matcher m = ALLOW.matcher(text);
        while (m.find()) {
            if (inString(strings, m.start())) {
                continue;
            }
            int line = file.lineOf(m.start());
            int[] range = scope(file, line);
            String reason = Allowances.reason(m.group(2));
            List<String> codes = Allowances.codes(m.group(1));
            if (codes.isEmpty()) {
                out.add(new RevisionSteps.Allowance("", reason, line, range[0], range[1]));
            }
            for (String code : codes) {
                if (lintCodes.contains(code) || !doctorCodes.contains(code)) {
                    out.add(new RevisionSteps.Allowance(code, reason, line, range[0], range[1]));
                }
            }
        }
        return out;
    }

    private static boolean inString(List<int[]> strings, int offset) {
        for (int[] s : strings) {
            if (offset >= s[0] && offset < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** The lines a comment on {@code line} covers: {0, 0} for the whole file. */
    private static int[] scope(PyFile file, int line) {
        PyFile.Function in = null;
        for (PyFile.Function f : file.functions()) {
            if (line >= f.line() && line <= f.endLine()) {
                in = f;
            }
        }
        if (in == null) {
            return new int[] {0, 0};
        }
        if (in.name().equals("downgrade")) {
            return new int[] {in.line(), in.endLine()};
        }
        List<Statement> st = file.statements();
        int match = -1;
        for (int i = in.first(); i < in.last(); i++) {
            if (st.get(i).line() <= line && line <= file.lastLine(i)) {
                match = i; // the innermost statement holding the comment's line
            } else if (st.get(i).line() > line) {
                if (match < 0) {
                    match = i; // a comment on a line of its own: the statement after it
                }
                break;
            }
        }
        if (match < 0) {
            return new int[] {line, line};
        }
        return new int[] {st.get(match).line(), file.blockEndLine(match)};
    }
}
