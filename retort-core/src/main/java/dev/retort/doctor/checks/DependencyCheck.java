package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.Remedy;
import dev.retort.doctor.ScriptFile;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * depends_on entries must name a revision id or a branch label. An entry written as a label
 * reference ({@code name@...}) or closest to a label is an unknown label; anything else an
 * unknown dependency. Repairs follow missing-parent's guesses.
 */
public final class DependencyCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("unknown-dependency", "unknown-label");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        for (ScriptFile f : a.revisions) {
            List<String> deps = f.revision().dependsOn();
            if (deps.isEmpty() || deps.stream().allMatch(d -> known(a, d))) {
                continue;
            }
            Set<String> fixed = new LinkedHashSet<>();
            List<Resolver.Guess> guesses = new ArrayList<>();
            for (String d : deps) {
                Resolver.Guess g = known(a, d) ? null : guess(a, f, d);
                guesses.add(g);
                fixed.add(g == null ? d : g.id());
            }
            boolean guessed = guesses.stream().anyMatch(g -> g != null);
            Remedy remedy = guessed ? Remedy.local(new Remedy.SetDependsOn(f.path(), List.copyOf(fixed))) : null;
            for (int i = 0; i < deps.size(); i++) {
                String d = deps.get(i);
                if (known(a, d)) {
                    continue;
                }
                Resolver.Guess g = guesses.get(i);
                boolean label = d.contains("@") || (g != null && a.byLabel.containsKey(g.id()));
                String code = label ? "unknown-label" : "unknown-dependency";
                out.add(new Diagnosis(finding(code, Severity.ERROR, f, "depends_on",
                        "depends_on names '" + d + "', which is " + (label ? "no branch label" : "no revision id or branch label"),
                        (g == null ? "nothing by that name exists" : g.reason())
                                + "; the revision cannot be ordered after it, and Alembic stops with KeyError: '" + d + "'",
                        g == null ? "none automatic: name an existing revision id or branch label (see `retort branches`)"
                                : "point it to '" + g.id() + "'"), remedy));
            }
        }
        return out;
    }

    /** Also true for a name an unreadable file may define: that file is the finding. */
    private static boolean known(Analysis a, String dep) {
        return a.byId.containsKey(dep) || a.byLabel.containsKey(dep) || a.hidden.contains(dep)
                || dep.contains("@") && a.hidden.contains(dep.substring(0, dep.indexOf('@')));
    }

    private static Resolver.Guess guess(Analysis a, ScriptFile f, String dep) {
        if (dep.contains("@")) {
            String label = dep.substring(0, dep.indexOf('@'));
            if (a.byLabel.containsKey(label)) {
                return new Resolver.Guess(label, "depends_on takes a plain label; '" + dep + "' names label '" + label + "' with a qualifier");
            }
            String close = Resolver.closest(label, a.byLabel.keySet(), null);
            return close == null ? null : new Resolver.Guess(close, "the closest branch label is '" + close + "'");
        }
        Resolver.Guess g = Resolver.resolve(dep, f, a);
        if (g != null) {
            return g;
        }
        String close = Resolver.closest(dep, a.byLabel.keySet(), null);
        return close == null ? null : new Resolver.Guess(close, "the closest branch label is '" + close + "'");
    }
}
