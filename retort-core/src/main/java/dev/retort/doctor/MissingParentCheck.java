package dev.retort.doctor;

import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A parent that names no revision: the classic KeyError. */
final class MissingParentCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("missing-parent");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        for (ScriptFile f : a.revisions) {
            List<String> parents = f.revision().revises();
            if (a.existingParents(f.id()).size() == parents.size()
                    || parents.stream().allMatch(p -> a.byId.containsKey(p) || a.hidden.contains(p))) {
                continue; // a parent that an unreadable file may define is that file's finding
            }
            // Fix what can be fixed; a parent nobody can guess stays for the user to name.
            Set<String> fixed = new LinkedHashSet<>();
            boolean guessed = false;
            for (String p : parents) {
                Resolver.Guess g = a.byId.containsKey(p) || a.hidden.contains(p) ? null : Resolver.resolve(p, f, a);
                guessed |= g != null;
                fixed.add(g == null ? p : g.id());
            }
            Remedy remedy = guessed ? Remedy.local(new Remedy.SetParents(f.path(), List.copyOf(fixed))) : null;
            for (String p : parents) {
                if (a.byId.containsKey(p) || a.hidden.contains(p)) {
                    continue;
                }
                Resolver.Guess g = Resolver.resolve(p, f, a);
                String where = f.format() == dev.retort.script.Format.ALEMBIC && f.text().copiedParents() != null
                        ? "down_revision and the docstring's Revises: line" : Analysis.parentKey(f);
                out.add(new Diagnosis(finding("missing-parent", Severity.ERROR, f, "revises",
                        Analysis.parentKey(f) + " names '" + p + "', which is "
                                + (g != null && g.names() != null ? g.names() + ", not an id" : "no revision's id"),
                        (g == null ? "no revision has that id; " : g.names() != null ? "" : g.reason() + "; ")
                                + "parents are matched by id, so this revision and everything after it hang off nothing"
                                + " (Alembic stops with KeyError: '" + p + "')",
                        g == null ? "none automatic: write the parent's revision id (see `retort heads`)"
                                : "point it to '" + g.id() + "' (rewrites " + where + ")"), remedy));
            }
        }
        return out;
    }
}
