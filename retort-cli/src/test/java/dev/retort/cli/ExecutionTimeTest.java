package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duration the progress line prints is the one the version table records (SQLite). */
class ExecutionTimeTest {
    private static final Pattern PRINTED = Pattern.compile("(?m)^Running upgrade .*-> (\\w+)(?:, .*)? \\.\\.\\. (\\d+) ms$");
    private static final Pattern RECORDED = Pattern.compile("\"revision\" : \"(\\w+)\",\\s*\"kind\" : \"applied\",[^}]*?\"execution_ms\" : (\\d+)");

    @TempDir
    Path dir;

    @Test
    void currentShowsTheMillisecondsTheUpgradePrinted() throws Exception {
        Path project = CliRun.quickstart(dir);
        CliRun.Result up = CliRun.run(project, "upgrade", "head");
        assertThat(up.code()).as(up.toString()).isZero();
        Map<String, String> printed = figures(PRINTED, up.out());
        assertThat(printed).hasSize(6);

        CliRun.Result current = CliRun.run(project, "current", "--json");
        assertThat(current.code()).as(current.toString()).isZero();
        assertThat(figures(RECORDED, current.out())).isEqualTo(printed);
    }

    private static Map<String, String> figures(Pattern p, String text) {
        Map<String, String> m = new LinkedHashMap<>();
        Matcher matcher = p.matcher(text);
        while (matcher.find()) {
            m.put(matcher.group(1), matcher.group(2));
        }
        return m;
    }
}
