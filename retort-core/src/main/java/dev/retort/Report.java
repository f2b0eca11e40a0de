package dev.retort;

import java.io.Writer;
import java.nio.file.Path;

/** A command's result as the report the command line prints, byte for byte. */
@FunctionalInterface
public interface Report {
    /**
     * @param base        paths under this folder are written relative to it (the working directory)
     * @param verbose     also list the findings the project silenced, with their reasons (text only)
     * @param toolVersion the version SARIF names as the tool's (e.g. "1.4.0")
     * @throws RetortException of kind USAGE when the command has no report in {@code format}
     */
    void write(ReportFormat format, Path base, boolean verbose, String toolVersion, Writer out);
}
