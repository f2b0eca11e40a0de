package dev.retort.lint.rules;

import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.List;

/** One lint rule. Each rule owns stable codes that no other rule reports, each with a fixed level. */
public interface Rule {
    /** A code this rule reports: its level, and one line for SARIF's rule list. */
    record Code(String id, Severity severity, String summary) {}

    List<Code> codes();

    List<Finding> inspect(LintContext c);
}
