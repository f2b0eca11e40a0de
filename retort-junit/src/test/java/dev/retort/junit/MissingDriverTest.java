package dev.retort.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A JUnit user on H2 who has not added H2's driver: retort-junit brings only the default SQLite's
 * (retort-core's drivers are optional), so the sample test class, run in a JVM of its own whose
 * class path is this module's test class path without H2's jar, fails with one line that names
 * the test dependency to add.
 */
class MissingDriverTest {
    @TempDir
    Path dir;

    @Test
    void aMissingDriverFailsTheClassWithTheDependencyToAdd() throws Exception {
        Path config = SampleProject.write(dir.resolve("project"), SampleProject.Variant.GOOD);
        String url = "jdbc:h2:mem:rt_" + UUID.randomUUID().toString().substring(0, 8);
        String h2 = Path.of(Class.forName("org.h2.Driver", false, getClass().getClassLoader()).getProtectionDomain()
                .getCodeSource().getLocation().toURI()).toString();
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        String classpath = Arrays.stream(entries).filter(e -> !Path.of(e).toAbsolutePath().equals(Path.of(h2).toAbsolutePath()))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classpath.split(File.pathSeparator)).hasSize(entries.length - 1);

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                Forked.class.getName(), config.toString(), url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(out.lines()).as(out).contains("failed: no JDBC driver for " + url + "; add com.h2database:h2 as a test dependency");
        assertThat(p.exitValue()).as(out).isZero();
    }

    /** Runs the sample class through the JUnit Platform and prints each failure's message. */
    static final class Forked {
        public static void main(String[] args) {
            EngineExecutionResults r = EngineTestKit.engine("junit-jupiter").selectors(selectClass(Samples.OncePerClass.class))
                    .configurationParameter("retort.config", args[0]).configurationParameter("retort.url", args[1]).execute();
            r.allEvents().failed().stream()
                    .map(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow())
                    .forEach(t -> System.out.println("failed: " + t.getMessage()));
        }
    }
}
