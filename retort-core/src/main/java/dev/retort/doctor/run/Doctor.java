package dev.retort.doctor.run;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.DoctorRequest;
import dev.retort.doctor.ScriptFile;
import dev.retort.doctor.ScriptFiles;
import dev.retort.doctor.Silencer;
import dev.retort.doctor.checks.Checks;
import dev.retort.doctor.repair.Applier;
import dev.retort.doctor.repair.Fixer;
import dev.retort.doctor.repair.Repair;
import dev.retort.doctor.report.DoctorReport;
import dev.retort.report.Finding;
import dev.retort.report.Silenced;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code retort doctor}: diagnoses revision chains (DESIGN §7) and, when asked, repairs them.
 * Works on broken graphs by design, so it never builds the strict revision graph.
 */
public final class Doctor {
    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file() == null ? 1 : 0)
            .thenComparing(f -> f.file() == null ? "" : f.file().toString())
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::code);

    private Doctor() {}

    /** The stable codes doctor can report, in the order its checks run. */
    public static List<String> codes() {
        return Checks.codes();
    }

    public static DoctorReport run(DoctorRequest given) {
        return run(given, List.of(given.versions()));
    }

    /** With several version folders (Alembic's version_locations), read in that order; the first is the request's. */
    public static DoctorReport run(DoctorRequest given, List<java.nio.file.Path> versionFolders) {
        List<ScriptFile> files = ScriptFiles.load(versionFolders);
        DoctorRequest request = withFullHistory(given, files);
        Analysis analysis = new Analysis(files, request);
        Silencer silencer = new Silencer(files, request.allow());
        List<Diagnosis> diagnoses = new ArrayList<>();
        List<Silenced> silenced = new ArrayList<>();
        for (Diagnosis d : Checks.run(Checks.ALL, analysis, false)) {
            if (silencer.silenced(d.finding())) {
                silenced.add(silencer.silence(d.finding()));
            } else {
                diagnoses.add(d);
            }
        }
        silenced.sort(Comparator.comparing(Silenced::finding, ORDER));
        List<Finding> findings = sorted(diagnoses.stream().map(Diagnosis::finding).toList());
        Repair repair = null;
        if (request.mode() != DoctorRequest.Mode.REPORT) {
            Repair computed = Fixer.run(files, request);
            // The repair re-checks only the revision texts; findings about other folders or the
            // database are not its business and stay as they were.
            List<Finding> remaining = new ArrayList<>(computed.remaining());
            diagnoses.stream().map(Diagnosis::finding).filter(f -> !isTextCode(f.code())).forEach(remaining::add);
            repair = new Repair(computed.changes(), computed.refused(), sorted(remaining), false);
            if (request.mode() == DoctorRequest.Mode.APPLY && !repair.changes().isEmpty()) {
                Map<java.nio.file.Path, byte[]> read = new HashMap<>();
                files.forEach(f -> read.put(f.path(), f.bytes()));
                Applier.write(repair.changes(), read);
                repair = repair.markWritten();
            }
        }
        return new DoctorReport(request.versions(), files.size(), findings, silenced, database(request, analysis), repair);
    }

    private static DoctorReport.Database database(DoctorRequest request, Analysis a) {
        if (request.applied() == null) {
            return null;
        }
        java.util.Set<String> applied = request.applied().keySet();
        List<String> at = new ArrayList<>();
        for (String id : applied) {
            if (a.children(id).stream().noneMatch(applied::contains)) {
                at.add(id);
            }
        }
        return new DoctorReport.Database(request.database(), at, applied.size());
    }

    /** An Alembic database lists only its heads; everything they build on is applied too. */
    private static DoctorRequest withFullHistory(DoctorRequest request, List<ScriptFile> files) {
        if (!request.headsOnly() || request.applied() == null) {
            return request;
        }
        Map<String, String> all = new java.util.LinkedHashMap<>();
        new Analysis(files, request).closure(request.applied().keySet()).forEach(id -> all.put(id, null));
        return new DoctorRequest(request.versions(), request.projectRoot(), all, request.database(), false,
                request.mode(), request.clock(), request.failed(), request.allow(), request.portable());
    }

    private static boolean isTextCode(String code) {
        return Checks.ALL.stream().filter(Check::textOnly).anyMatch(c -> c.codes().contains(code));
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(ORDER);
        return out;
    }
}
