package dev.retort.lint.run;

import dev.retort.lint.KnownSchema;
import dev.retort.lint.LintReport;
import dev.retort.lint.LintRequest;
import dev.retort.lint.RevisionSteps;
import dev.retort.dialect.registry.Dialects;
import dev.retort.lint.python.AlembicRevisions;
import dev.retort.lint.rules.LintContext;
import dev.retort.lint.rules.Rules;
import dev.retort.lint.sql.SqlRevisions;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.engine.PortableSql;
import dev.retort.report.Finding;
import dev.retort.report.Silenced;
import dev.retort.script.Format;
import dev.retort.script.RevisionHeader;
import dev.retort.script.compile.CompiledRevisions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code retort lint}: reads revisions (SQL statements classified, Java operations recorded,
 * Alembic's {@code op.*} calls read as text) and
 * flags the changes that lose data, break the release still running, or lock a busy table
 * (DESIGN §9). Walks every revision oldest first so that each selected one is judged against
 * the schema its ancestors built.
 */
public final class Lint {
    private Lint() {}

    /** The stable codes lint can report, in rule order. */
    public static List<String> codes() {
        return List.copyOf(Rules.codes(Rules.ALL).keySet());
    }

    /** Code to one-line summary, for SARIF's rule list and documentation. */
    public static Map<String, String> summaries() {
        Map<String, String> out = new LinkedHashMap<>();
        Rules.codes(Rules.ALL).forEach((id, code) -> out.put(id, code.summary()));
        return out;
    }

    public static LintReport run(LintRequest request) {
        Dialect dialect = request.dialect() == null ? null : Dialects.named(request.dialect());
        SqlSyntax syntax = dialect == null ? SqlSyntax.POSTGRESQL : dialect.syntax();
        Set<String> codes = Set.copyOf(codes());
        List<Path> javaFiles = request.revisions().stream().filter(r -> format(r) == Format.JAVA)
                .map(r -> r.source().path()).toList();
        List<String> linted = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Silenced> silenced = new ArrayList<>();
        Map<Path, Integer> order = new LinkedHashMap<>();
        CompiledRevisions compiled = javaFiles.isEmpty() ? null : request.compiler().compile(javaFiles);
        try {
            Schemas schemas = new Schemas(request.revisions());
            for (RevisionHeader r : request.revisions()) {
                boolean selected = request.selected().contains(r.id());
                RevisionSteps steps = read(r, dialect, syntax, compiled, selected);
                KnownSchema before = schemas.before(r);
                KnownSchema after = before.copy();
                if (steps != null) {
                    steps.upgrade().forEach(after::apply);
                }
                schemas.done(r, after);
                if (!selected || steps == null) {
                    continue;
                }
                linted.add(r.id());
                order.putIfAbsent(steps.file(), order.size());
                LintContext context = new LintContext(steps, dialect, before, after, codes,
                        format(r) == Format.SQL ? SqlRevisions.portability(r, request.portable())
                                : format(r) == Format.JAVA ? executed(steps, request.portable()) : List.of());
                for (Finding f : Rules.run(Rules.ALL, context)) {
                    RevisionSteps.Allowance allowed = steps.allowances().stream()
                            .filter(a -> a.code().equals(f.code()) && a.covers(f.line())).findFirst().orElse(null);
                    if (allowed == null) {
                        findings.add(f);
                    } else {
                        silenced.add(new Silenced(f, allowed.reason()));
                    }
                }
            }
        } finally {
            if (compiled != null) {
                compiled.close();
            }
        }
        Comparator<Finding> byPlace = Comparator.comparingInt((Finding f) -> order.getOrDefault(f.file(), 0))
                .thenComparingInt(Finding::line);
        findings.sort(byPlace);
        silenced.sort(Comparator.comparing(Silenced::finding, byPlace));
        return new LintReport(request.dialect(), request.scope(), linted, findings, silenced);
    }

    /**
     * The steps of one revision; null for revisions lint cannot read (compiled into the
     * application, without a file). A revision outside the selection that fails to parse only
     * costs lint its schema knowledge.
     */
    private static RevisionSteps read(RevisionHeader r, Dialect dialect, SqlSyntax syntax, CompiledRevisions compiled, boolean selected) {
        try {
            return switch (format(r) == null ? Format.ALEMBIC : format(r)) {
                case SQL -> SqlRevisions.read(r, dialect, syntax);
                case JAVA -> JavaRevisions.read(r, compiled.get(r.source().path()), syntax);
                case ALEMBIC -> r.source() == null ? null : AlembicRevisions.read(r, syntax);
            };
        } catch (RuntimeException e) {
            if (selected) {
                throw e;
            }
            return null;
        }
    }

    /** A Java revision's execute() SQL runs on every database the project lists. */
    private static List<PortableSql.Problem> executed(RevisionSteps steps, PortableSql.Targets targets) {
        List<PortableSql.Problem> out = new ArrayList<>();
        for (var s : steps.executed()) {
            out.addAll(PortableSql.everywhere(s.sql(), s.line(), targets));
        }
        return out;
    }

    private static Format format(RevisionHeader r) {
        return r.source() == null ? null : r.source().format();
    }
}
