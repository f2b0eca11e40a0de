package dev.retort.doctor.repair;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.DoctorRequest;
import dev.retort.doctor.Remedy;
import dev.retort.doctor.ScriptFile;
import dev.retort.doctor.Silencer;
import dev.retort.doctor.checks.Checks;
import dev.retort.report.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes a repair in rounds, in memory: analyse, apply the local remedies (parents, copies,
 * names), and only when none is left, one remedy that reshapes the graph (chain roots, join
 * heads); then analyse again. Each round sees the effect of the previous one, so remedies never
 * work from stale positions and fixes that make others unnecessary are not applied twice.
 */
public final class Fixer {
    /** A backstop; every round fixes at least one finding, and real projects need a handful. */
    private static final int MAX_ROUNDS = 200;

    private final DoctorRequest request;
    private final Workspace ws;
    private final Set<Repair.Refusal> refused = new LinkedHashSet<>();

    private Fixer(List<ScriptFile> files, DoctorRequest request) {
        this.request = request;
        this.ws = new Workspace(files);
    }

    public static Repair run(List<ScriptFile> files, DoctorRequest request) {
        return new Fixer(files, request).run();
    }

    private Repair run() {
        List<Finding> remaining = List.of();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Analysis a = new Analysis(ws.files(), request);
            // A silenced finding is one the project chose to keep: no remedy for it.
            Silencer silencer = new Silencer(a.files, request.allow());
            List<Diagnosis> ds = Checks.run(Checks.ALL, a, true).stream()
                    .filter(d -> !silencer.silenced(d.finding())).toList();
            remaining = ds.stream().map(Diagnosis::finding).toList();
            boolean changed = applyAll(ds, false, false);
            if (!changed) {
                changed = applyAll(ds, true, true);
            }
            if (!changed) {
                break;
            }
        }
        return new Repair(ws.changes(), new ArrayList<>(refused), remaining, false);
    }

    private boolean applyAll(List<Diagnosis> ds, boolean reshape, boolean onlyOne) {
        Set<Path> touched = new HashSet<>();
        boolean changed = false;
        for (Diagnosis d : ds) {
            Remedy r = d.remedy();
            if (r == null || r.reshape() != reshape || r.actions().stream().map(Fixer::file).anyMatch(touched::contains)) {
                continue;
            }
            String reason = r.actions().stream().map(this::refusal).filter(x -> x != null).findFirst().orElse(null);
            if (reason != null) {
                Finding f = d.finding();
                refused.add(new Repair.Refusal(f, reason));
                continue;
            }
            boolean any = false;
            for (Remedy.Action action : r.actions()) {
                any |= apply(action);
                touched.add(file(action));
            }
            changed |= any;
            if (any && onlyOne) {
                return true;
            }
        }
        return changed;
    }

    private static Path file(Remedy.Action action) {
        return action.file();
    }

    /** Why an action must not run, or null. */
    private String refusal(Remedy.Action action) {
        if (action instanceof Remedy.CreateFile c) {
            return ws.exists(c.file()) ? c.file() + " already exists" : null;
        }
        ScriptFile f = ws.get(file(action));
        if (f == null || !f.readable()) {
            return file(action) + " cannot be read";
        }
        String id = f.id();
        if (action instanceof Remedy.Rename r) {
            return ws.exists(r.target()) ? r.target() + " already exists" : null;
        }
        if (!f.lossless()) {
            return f.path().getFileName() + " is not valid UTF-8, so it cannot be rewritten without changing other bytes; edit it by hand";
        }
        boolean applied = request.isApplied(id);
        if (applied && action instanceof Remedy.SetId) {
            return "revision '" + id + "' is applied in " + request.database() + " under that id; changing it would orphan the row";
        }
        if (applied && action instanceof Remedy.SetParents) {
            return "revision '" + id + "' is applied in " + request.database()
                    + "; rewriting its parents would contradict the history recorded there";
        }
        if (applied && action instanceof Remedy.SetDependsOn) {
            return "revision '" + id + "' is applied in " + request.database() + "; its dependencies cannot change under it";
        }
        if (applied && request.applied().get(id) != null) {
            return "revision '" + id + "' is applied in " + request.database()
                    + ", which recorded its checksum; editing the file would make it differ";
        }
        return null;
    }

    private boolean apply(Remedy.Action action) {
        Path path = action.file();
        if (action instanceof Remedy.SetParents a) {
            return ws.edit(path, ws.get(path).text().setParents(a.parents()));
        } else if (action instanceof Remedy.SetDependsOn a) {
            return ws.edit(path, ws.get(path).text().setDependsOn(a.dependsOn()));
        } else if (action instanceof Remedy.SetId a) {
            return ws.edit(path, ws.get(path).text().setId(a.id()));
        } else if (action instanceof Remedy.SyncCopies) {
            return ws.edit(path, ws.get(path).text().syncCopies());
        } else if (action instanceof Remedy.Rename a) {
            ws.rename(path, a.target());
        } else if (action instanceof Remedy.CreateFile a) {
            ws.create(path, a.content());
        }
        return true;
    }
}
