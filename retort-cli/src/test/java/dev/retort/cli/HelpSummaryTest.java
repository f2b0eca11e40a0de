package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'retort --help' lists each command with its first description line: a whole sentence. */
class HelpSummaryTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandSummaryIsACompleteSentence() {
        CliRun.Result r = CliRun.run(dir, "--help");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        for (String command : Main.COMMANDS.keySet()) {
            int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("  " + command + " ")).findFirst().orElseThrow());
            // picocli wraps a long summary onto indented lines; the summary is all of them
            StringBuilder summary = new StringBuilder(lines.get(at).strip());
            for (int i = at + 1; i < lines.size() && lines.get(i).startsWith("   "); i++) {
                summary.append(' ').append(lines.get(i).strip());
            }
            assertThat(summary.toString()).as(r.out()).endsWith(".");
        }
    }
}
