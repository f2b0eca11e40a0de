package dev.retort.report;

import dev.retort.script.ControlChars;
import java.io.IOException;
import java.nio.file.Path;

/** A finding as text: {@code LEVEL CODE FILE:LINE message}, then indented why and fix lines. */
public final class FindingText {
    private FindingText() {}

    public static void write(Finding f, Path base, Appendable out) throws IOException {
        out.append(f.severity().name()).append(' ').append(f.code()).append(' ')
                .append(location(f, base)).append(' ').append(oneLine(f.message())).append('\n');
        out.append("    why: ").append(oneLine(f.why())).append('\n');
        if (!f.fix().isEmpty()) {
            out.append("    fix: ").append(oneLine(f.fix())).append('\n');
        }
    }

    /** {@code FILE:LINE} (or {@code FILE:LINE:COLUMN}), relative to {@code base}, or "database" for a finding without a file. */
    public static String location(Finding f, Path base) {
        return f.file() == null ? "database"
                : ReportPaths.relative(base, f.file()) + ":" + f.line() + (f.column() > 0 ? ":" + f.column() : "");
    }

    /**
     * Findings are single lines; a newline inside a message must not forge another finding, and
     * other control characters from file or database text are shown escaped, never sent to the terminal.
     */
    public static String oneLine(String s) {
        return ControlChars.escape(s.replace('\r', ' ').replace('\n', ' '));
    }
}
