package dev.retort.lint.rules;

import dev.retort.engine.PortableSql;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import dev.retort.script.Format;
import java.util.List;

/**
 * SQL that a database the project lists ([retort] dialects, or its environments' urls) will
 * refuse: quoting, types, syntax. An error, because the statement fails there for certain; the
 * databases' own answers are proven by tests that run each refused construct on the real thing.
 */
public final class NotPortableRule implements Rule {
    static final Code NOT_PORTABLE = new Code("not-portable", Severity.ERROR,
            "SQL that a database the project lists will refuse");

    @Override
    public List<Code> codes() {
        return List.of(NOT_PORTABLE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        boolean java = c.revision().revision().source() != null && c.revision().revision().source().format() == Format.JAVA;
        return c.portability().stream().map(p -> c.finding(NOT_PORTABLE, p.line(), message(p), p.reason(),
                java ? "use the DSL's operations, which render each database's SQL, instead of execute(); "
                        + "or write SQL every listed database accepts" : fix(p))).toList();
    }

    static String message(PortableSql.Problem p) {
        return "the " + p.direction() + " will fail on " + p.database().name() + ": " + p.what() + " (" + p.text() + ")";
    }

    static String fix(PortableSql.Problem p) {
        String section = "'-- +" + p.direction() + " " + p.database().name() + "'";
        return p.generic()
                ? "write SQL every listed database accepts, or give " + p.database().name() + " a section of its own, "
                        + section + " (the generic section stays for the others), or write the revision in the Java DSL"
                : "correct the statement in the " + section + " section";
    }
}
