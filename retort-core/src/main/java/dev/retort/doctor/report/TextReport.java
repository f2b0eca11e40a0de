package dev.retort.doctor.report;

import dev.retort.doctor.repair.Repair;
import dev.retort.report.Finding;
import dev.retort.report.FindingText;
import dev.retort.report.Severity;
import dev.retort.report.Silenced;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The human report: {@code LEVEL CODE FILE:LINE message}, then indented why and fix lines, a
 * summary, and with --fix the diff and what the repair refused.
 */
public final class TextReport {
    private TextReport() {}

    /** Writes {@code report}; file names are shown relative to {@code base} when under it. */
    public static void write(DoctorReport report, Path base, Appendable out) {
        write(report, base, false, out);
    }

    /** With {@code verbose}, also the silenced findings ({@code ALLOWED ...}) and why. */
    public static void write(DoctorReport report, Path base, boolean verbose, Appendable out) {
        try {
            for (Finding f : report.findings()) {
                finding(f, base, out);
            }
            if (verbose) {
                for (Silenced s : report.silenced()) {
                    Finding f = s.finding();
                    out.append("ALLOWED ").append(f.code()).append(' ').append(location(f, base)).append(' ')
                            .append(FindingText.oneLine(f.message())).append('\n');
                    out.append("    reason: ").append(FindingText.oneLine(s.reason())).append('\n');
                }
            }
            out.append(summary(report, verbose)).append('\n');
            Repair repair = report.repair();
            if (repair != null) {
                repair(report, repair, base, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void finding(Finding f, Path base, Appendable out) throws IOException {
        FindingText.write(f, base, out);
    }

    public static String location(Finding f, Path base) {
        return FindingText.location(f, base);
    }

    private static String summary(DoctorReport r, boolean verbose) {
        String silenced = r.silenced().isEmpty() ? ""
                : "; " + r.silenced().size() + " silenced" + (verbose ? "" : " (-v shows them)");
        return counts(r) + silenced;
    }

    private static String counts(DoctorReport r) {
        String files = r.files() + " revision file" + (r.files() == 1 ? "" : "s");
        String db = "";
        if (r.database() != null) {
            DoctorReport.Database d = r.database();
            db = " and " + d.name() + " (" + (d.at().isEmpty() ? "nothing applied" : "at " + String.join(", ", d.at())
                    + "; " + d.applied() + " revision" + (d.applied() == 1 ? "" : "s") + " applied") + ")";
        }
        if (r.clean()) {
            return "doctor: no problems in " + files + db;
        }
        return "doctor: " + r.findings().size() + " finding" + (r.findings().size() == 1 ? "" : "s")
                + " (" + r.count(Severity.ERROR) + " error" + (r.count(Severity.ERROR) == 1 ? "" : "s") + ", "
                + r.count(Severity.WARNING) + " warning" + (r.count(Severity.WARNING) == 1 ? "" : "s") + ") in " + files + db;
    }

    private static void repair(DoctorReport report, Repair repair, Path base, Appendable out) throws IOException {
        if (repair.changes().isEmpty()) {
            out.append("fix: nothing doctor can repair automatically\n");
        } else {
            out.append('\n').append(repair.diff(base));
        }
        for (Repair.Refusal r : repair.refused()) {
            out.append("refused: ").append(FindingText.oneLine(r.describe(base))).append('\n');
        }
        int n = repair.changes().size();
        String files = n + " file" + (n == 1 ? "" : "s");
        if (repair.written()) {
            out.append("fix: wrote ").append(files).append('\n');
        } else if (n > 0) {
            out.append("fix: ").append(files).append(" would change; nothing was written (add --apply to write them)\n");
        }
        List<Finding> left = repair.remaining();
        if (n > 0 || !repair.refused().isEmpty()) {
            out.append(left.isEmpty() ? "fix: afterwards doctor finds no problems\n"
                    : "fix: afterwards " + left.size() + " finding" + (left.size() == 1 ? "" : "s")
                    + " would remain, to fix by hand: " + String.join(", ", left.stream().map(f -> f.code()).distinct().toList()) + "\n");
        }
    }
}
