package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JDBC drivers are optional dependencies of retort-core: the command line run on a class path
 * that lacks one (this module's test class path without that driver's jar) stops with a one-line
 * error naming the driver's Maven coordinates, exit 2, and creates nothing. No server is needed:
 * the connection is never attempted.
 */
@org.junit.jupiter.api.Order(1) // one of the longest classes here: starts first
class MissingDriverTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=Sekr1tPw | org.postgresql.Driver   | jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=*** | org.postgresql:postgresql",
        "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=Sekr1tPw      | org.mariadb.jdbc.Driver | jdbc:mariadb://127.0.0.1:3306/test?user=root&password=***       | org.mariadb.jdbc:mariadb-java-client",
        "jdbc:mysql://127.0.0.1:3306/test                                     | org.mariadb.jdbc.Driver | jdbc:mysql://127.0.0.1:3306/test                                 | org.mariadb.jdbc:mariadb-java-client",
        "jdbc:sqlite:app.db                                                   | org.sqlite.JDBC         | jdbc:sqlite:app.db                                               | org.xerial:sqlite-jdbc",
        "jdbc:h2:file:./app                                                   | org.h2.Driver           | jdbc:h2:file:./app                                               | com.h2database:h2",
        // an H2 file is locked with a SQLite file beside it (the command line shows paths relative to the folder it runs in)
        "jdbc:h2:file:./app                                                   | org.sqlite.JDBC         | jdbc:sqlite:app.mv.db.retort-lock (the run lock of app.mv.db)   | org.xerial:sqlite-jdbc",
    })
    void aMissingDriverIsNamedWithItsCoordinates(String url, String driverClass, String shown, String coordinates) throws Exception {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n");
        Files.createDirectories(dir.resolve("migrations/versions"));

        Run run = runWithout(driverClass, "upgrade", "head", "--url", url);

        assertThat(run.err().lines().toList()).as(run.toString()).containsExactly(
                "error: no JDBC driver for " + shown,
                "hint: add " + coordinates + " to the classpath");
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.out() + run.err()).doesNotContain("Sekr1tPw");
        assertThat(dir.resolve("app.db")).as("no database created").doesNotExist();
        assertThat(dir.resolve("app.mv.db")).as("no database created").doesNotExist();
    }

    record Run(int code, String out, String err) {}

    /** The command line in a JVM of its own whose class path is this test's without the jar of {@code driverClass}. */
    private Run runWithout(String driverClass, String... args) throws Exception {
        String driverJar = jarOf(driverClass);
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !sameFile(e, driverJar))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classpath.split(File.pathSeparator)).as("the driver's jar left the class path")
                .hasSize(System.getProperty("java.class.path").split(File.pathSeparator).length - 1);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("RETORT_"));
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    private static String jarOf(String className) throws ClassNotFoundException, URISyntaxException {
        Class<?> c = Class.forName(className, false, MissingDriverTest.class.getClassLoader());
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static boolean sameFile(String entry, String jar) {
        try {
            return Path.of(entry).toAbsolutePath().normalize().equals(Path.of(jar).toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
