package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** upgrade, downgrade, stamp and repair with --json print one object and no progress text (SQLite). */
class JsonRunTest {
    private static final Pattern ENTRY = Pattern.compile(
            "\\{\\s*\"revision\" : \"(\\w+)\",\\s*\"direction\" : (\"upgrade\"|\"downgrade\"|null),\\s*\"ms\" : (\\d+|null)\\s*}");

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void setUp() throws Exception {
        project = CliRun.quickstart(dir);
    }

    private String json(String... args) {
        CliRun.Result r = CliRun.run(project, args);
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        assertThat(r.out()).startsWith("{\n").endsWith("}\n").doesNotContain("Running").doesNotContain("Compiled")
                .containsPattern("\"total_ms\" : \\d+,\n(  \"purged\" : \\d+,\n)?  \"at\" : \\[[^\\]]*\\]\n}\n$");
        return r.out();
    }

    private static long entries(String json, String direction) {
        return entries(json, direction, false);
    }

    private static long entries(String json, String direction, boolean stamped) {
        Matcher m = ENTRY.matcher(json);
        long n = 0;
        while (m.find()) {
            assertThat(m.group(2)).isEqualTo(direction);
            // nothing ran for a stamped revision: no duration
            assertThat(m.group(3).equals("null")).isEqualTo(stamped);
            n++;
        }
        return n;
    }

    @Test
    void upgradeAndDowngradeListEachRevisionWithItsDirectionAndDuration() {
        String up = json("upgrade", "head", "--json");
        assertThat(up).startsWith("{\n  \"operation\" : \"upgrade\",").contains("\"revision\" : \"1a7f3c9e2b10\"");
        assertThat(entries(up, "\"upgrade\"")).isEqualTo(6);

        String down = json("downgrade", "2b8e4d0f3c21", "--json");
        assertThat(down).contains("\"operation\" : \"downgrade\"").contains("\"revision\" : \"" + DatabaseCommandsTest.HEAD + "\"");
        assertThat(entries(down, "\"downgrade\"")).isEqualTo(4);

        assertThat(entries(json("upgrade", "head", "--json"), "\"upgrade\"")).isEqualTo(4);
        assertThat(json("upgrade", "head", "--json")).contains("\"revisions\" : [ ]");
    }

    @Test
    void stampAndRepairListTheRevisionsTheyRecorded() {
        String stamp = json("stamp", "head", "--json");
        assertThat(stamp).contains("\"operation\" : \"stamp\"").contains("\"revision\" : \"" + DatabaseCommandsTest.HEAD + "\"");
        assertThat(entries(stamp, "\"upgrade\"", true)).isEqualTo(6);
        assertThat(stamp).contains("\"purged\" : 0").contains("\"at\" : [ \"" + DatabaseCommandsTest.HEAD + "\" ]");

        assertThat(json("repair", "--json")).contains("\"operation\" : \"repair\"").contains("\"revisions\" : [ ]");
    }

    @Test
    void jsonAndSqlAreRefusedTogether() {
        CliRun.Result r = CliRun.run(project, "upgrade", "head", "--sql", "--json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).startsWith("{\n  \"error\" : {").contains("--json and --sql do not go together");
    }
}
