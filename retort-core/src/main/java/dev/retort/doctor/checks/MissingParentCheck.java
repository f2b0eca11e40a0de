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

/** A parent that names no revision: the classic KeyError. */
public final class MissingParentCheck implements Check {
    @Override
    public List<String> codes() {
        return List.of("missing-parent");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        java.util.Map<String, ScriptFile> typoFor = new java.util.HashMap<>();
        Typo.mistypedIds(a).forEach((id, meant) -> typoFor.put(meant, a.byId.get(id)));
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
                ScriptFile typo = typoFor.get(p);
                if (typo != null) {
                    out.add(new Diagnosis(finding("missing-parent", Severity.ERROR, f, "revises",
                            Analysis.parentKey(f) + " names '" + p + "', which is no revision's id",
                            "revision '" + typo.id() + "' (" + typo.path().getFileName() + ") looks mistyped: its file name and"
                                    + " every revision after it say '" + p + "'; parents are matched by id, so Alembic stops with KeyError: '" + p + "'",
                            "set revision = '" + p + "' in " + typo.path().getFileName() + " (and its docstring); no other file changes"),
                            Remedy.local(new Remedy.SetId(typo.path(), p))));
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
