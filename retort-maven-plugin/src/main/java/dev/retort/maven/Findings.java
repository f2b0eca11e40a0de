package dev.retort.maven;

import dev.retort.Report;
import dev.retort.ReportFormat;
import dev.retort.RetortException;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import org.apache.maven.plugins.annotations.Parameter;

/** doctor and lint: a report of findings, in the log and optionally in a file (SARIF for code scanning). */
abstract class Findings extends RetortMojo {
    /** Fail the build on warnings too. */
    @Parameter(property = "retort.strict", defaultValue = "false")
    boolean strict;

    /** text, json or sarif: the format of {@link #outputFile}. */
    @Parameter(property = "retort.format", defaultValue = "text")
    String format;

    /** Where to write the report besides the log (e.g. target/retort-lint.sarif). */
    @Parameter(property = "retort.outputFile")
    File outputFile;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    /** Writes the report to the log, and to the output file when one is given. */
    void write(Goal goal, Report report) {
        PrintWriter log = goal.writer();
        report.write(ReportFormat.TEXT, goal.basedir(), verbose, pluginVersion, log);
        log.close();
        if (outputFile == null) {
            return;
        }
        ReportFormat chosen = switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> ReportFormat.TEXT;
            case "json" -> ReportFormat.JSON;
            case "sarif" -> ReportFormat.SARIF;
            default -> throw RetortException.usage("unknown retort.format '" + format + "'", "use text, json or sarif");
        };
        try {
            File parent = outputFile.getAbsoluteFile().getParentFile();
            Files.createDirectories(parent.toPath());
            try (Writer out = Files.newBufferedWriter(outputFile.toPath(), StandardCharsets.UTF_8)) {
                report.write(chosen, goal.basedir(), verbose, pluginVersion, out);
            }
        } catch (IOException e) {
            throw RetortException.usage("cannot write " + outputFile + ": " + e.getMessage(), "check the folder exists and is writable");
        }
        goal.info("Report written to " + outputFile);
    }
}
