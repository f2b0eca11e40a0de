package dev.retort.lint;

import dev.retort.lint.run.Lint;
import dev.retort.engine.PortableSql;
import dev.retort.script.RevisionHeader;
import dev.retort.script.compile.RevisionCompiler;
import dev.retort.support.TestProject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lints a test project with the real readers and compiler. */
final class LintProject {
    private LintProject() {}

    /** Lints every revision except {@code skip} (e.g. the base that creates the tables). */
    static LintReport lint(TestProject p, String dialect, String... skip) {
        return lint(p, dialect, PortableSql.Targets.NONE, skip);
    }

    /** Lints as for a project that lists {@code portable}'s databases. */
    static LintReport lint(TestProject p, String dialect, PortableSql.Targets portable, String... skip) {
        List<RevisionHeader> all = p.revisions();
        Set<String> selected = new HashSet<>();
        all.forEach(r -> selected.add(r.id()));
        selected.removeAll(List.of(skip));
        return Lint.run(new LintRequest(all, selected, dialect, new RevisionCompiler(p.root(), List.of()), "all revisions",
                portable));
    }
}
