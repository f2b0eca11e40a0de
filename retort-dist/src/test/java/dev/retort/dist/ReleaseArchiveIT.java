package dev.retort.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archives as a user gets them: unpacked with tar and unzip (which keep the
 * launcher's execute bit), then run from a project folder elsewhere, on SQLite, through
 * the paths users start it by (a relative path, an SDKMAN-style {@code current} link, a link
 * on the PATH). Runs in the integration-test phase, after {@code package} made the archives.
 */
class ReleaseArchiveIT {
    private static final Path TARGET = Path.of(System.getProperty("retort.dist.dir", "target"));
    private static final String NAME = System.getProperty("retort.dist.name", "retort");
    private static final String VERSION = System.getProperty("retort.dist.version", "");
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    private static final String REVISION = """
            -- Create users table
            --
            -- Revision ID: 1a7f3c9e2b10
            -- Revises:
            -- Create Date: 2025-01-06 10:00:00

            -- +upgrade
            CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);

            -- +downgrade
            DROP TABLE users;
            """;

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    @Test
    void tarGzRunsFromAnotherFolderThroughAnSdkmanStyleLink() throws Exception {
        Path candidates = Files.createDirectories(tmp.resolve("sdkman/candidates/retort"));
        run(tmp, Map.of(), "tar", "-xzf", TARGET.resolve(NAME + ".tar.gz").toString(), "-C", candidates.toString());
        Files.move(candidates.resolve(NAME), candidates.resolve(VERSION));
        Files.createSymbolicLink(candidates.resolve("current"), Path.of(VERSION));
        List<String> installed = tree(candidates.resolve(VERSION));
        Path launcher = candidates.resolve("current/bin/retort");
        Path cache = tmp.resolve("cache");

        Map<String, String> env = Map.of("RETORT_CACHE_DIR", cache.toString());
        quickstart(tmp.resolve("project"), env, launcher.toString());

        // the class-data archive went to the per-user cache; the install folder is as unpacked
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(f -> f.endsWith(".jsa") || f.endsWith(".none"));
        }
        archiveServesTheJar(cache, candidates.resolve(VERSION).resolve("lib/retort.jar"));
        assertThat(tree(candidates.resolve(VERSION))).isEqualTo(installed);

        // a link to the launcher in a folder on the PATH, found by the shell from yet another folder
        Path pathBin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(pathBin.resolve("retort"), launcher);
        Map<String, String> onPath = new HashMap<>(env);
        onPath.put("PATH", pathBin + ":" + JAVA_HOME.resolve("bin") + ":/usr/bin:/bin");
        Run version = run(Path.of("/"), onPath, "/bin/sh", "-c", "unset JAVA_HOME; exec retort --version");
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("retort " + VERSION + "\n");
    }

    /**
     * On a Java that makes an archive, it maps (-Xshare:on fails otherwise) and serves Retort's
     * classes, picocli's Java 5 class files included on JDK 17 and 18 (a static archive: a dynamic
     * one leaves them to be loaded and verified from the jar at every start).
     */
    private void archiveServesTheJar(Path cache, Path jar) throws Exception {
        List<Path> archives;
        try (Stream<Path> files = Files.list(cache)) {
            archives = files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
        if (archives.isEmpty()) {
            return; // a Java without class-data sharing: the .none marker, checked above
        }
        Run run = run(tmp, Map.of(), JAVA_HOME.resolve("bin/java").toString(), "-Xshare:on",
                "-XX:SharedArchiveFile=" + archives.get(0), "-Xlog:class+load=info", "-jar", jar.toString(), "--version");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> picocliFromJar = run.out().lines().filter(l -> l.contains(" picocli.") && l.contains("source: file:")).toList();
        if (Runtime.version().feature() < 19) {
            assertThat(picocliFromJar).as("picocli classes loaded from the jar instead of the archive").isEmpty();
        }
        assertThat(run.out()).contains("dev.retort.cli.Main source: shared objects file");
    }

    @Test
    void zipRunsTheSameFromARelativePath() throws Exception {
        Path unpacked = Files.createDirectories(tmp.resolve("zip"));
        run(tmp, Map.of(), "unzip", "-q", TARGET.resolve(NAME + ".zip").toString(), "-d", unpacked.toString());
        Path home = unpacked.resolve(NAME);
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/retort"))).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(Files.readString(home.resolve("bin/retort.cmd"))).contains("\r\n").doesNotContain("\n\n");
        assertThat(home.resolve("lib/retort.jar")).isRegularFile();
        // the drivers are optional in retort-core; the command line bundles all four
        try (ZipFile jar = new ZipFile(home.resolve("lib/retort.jar").toFile())) {
            for (String driver : List.of("org/postgresql/Driver.class", "org/mariadb/jdbc/Driver.class", "org/sqlite/JDBC.class",
                    "org/h2/Driver.class")) {
                assertThat(jar.getEntry(driver)).as(driver).isNotNull();
            }
        }
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("INSTALL.md")).isRegularFile();

        // every bundled library (one folder of its own licence files each) is listed with its version
        String thirdParty = Files.readString(home.resolve("THIRD-PARTY.md"));
        try (Stream<Path> bundled = Files.list(home.resolve("licenses/bundled"))) {
            List<String> names = bundled.map(p -> p.getFileName().toString().replaceFirst("-jar$", "")).toList();
            assertThat(names).contains("picocli-4.7.6", "sqlite-jdbc-3.50.3.0")
                    .anyMatch(n -> n.startsWith("postgresql-")).anyMatch(n -> n.startsWith("mariadb-java-client-"))
                    .anyMatch(n -> n.startsWith("h2-"));
            for (String name : names) {
                String artifact = name.replaceFirst("-[0-9][^-]*$", "");
                String version = name.substring(artifact.length() + 1);
                assertThat(thirdParty).as(name).contains(":" + artifact + "`").contains("| " + version + " |");
            }
        }
        assertThat(thirdParty).doesNotContain("${");

        // RETORT_CDS=off: no archive anywhere
        Path cache = tmp.resolve("cache");
        quickstart(tmp.resolve("project"), Map.of("RETORT_CDS", "off", "RETORT_CACHE_DIR", cache.toString()),
                "../zip/" + NAME + "/bin/retort");
        assertThat(cache).doesNotExist();
    }

    @Test
    void aMissingOrOldJavaIsOneErrorAndExitTwo() throws Exception {
        Path unpacked = Files.createDirectories(tmp.resolve("tar"));
        run(tmp, Map.of(), "tar", "-xzf", TARGET.resolve(NAME + ".tar.gz").toString(), "-C", unpacked.toString());
        String launcher = unpacked.resolve(NAME + "/bin/retort").toString();

        Path old = Files.createDirectories(tmp.resolve("jdk11/bin"));
        Files.writeString(old.resolveSibling("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'this Java must not run' >&2\nexit 9\n");
        old.resolve("java").toFile().setExecutable(true);
        Run tooOld = run(tmp, Map.of("JAVA_HOME", old.getParent().toString()), launcher, "--version");
        assertThat(tooOld.code()).isEqualTo(2);
        assertThat(tooOld.out()).isEmpty();
        assertThat(tooOld.err()).isEqualTo("error: Retort needs Java 17 or newer; " + old.resolve("java") + " is Java 11.0.2\n"
                + "hint: install a JDK or JRE 17 or newer and set JAVA_HOME to it (or put its bin folder first on the PATH)\n");

        Run badHome = run(tmp, Map.of("JAVA_HOME", tmp.toString()), launcher, "--version");
        assertThat(badHome.code()).isEqualTo(2);
        assertThat(badHome.err()).startsWith("error: JAVA_HOME is " + tmp + ", but it has no bin/java\nhint: ");

        Run none = run(tmp, Map.of("PATH", tmp.resolve("empty").toString()), "/bin/sh", "-c", "unset JAVA_HOME; exec \"$0\" --version", launcher);
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("error: no Java found: JAVA_HOME is not set and there is no java on the PATH\n"
                + "hint: install a JDK or JRE 17 or newer, then put its bin folder on the PATH or set JAVA_HOME\n");
    }

    /** --version, init, upgrade head and doctor in a new project folder, with {@code launcher} as given. */
    private void quickstart(Path project, Map<String, String> env, String launcher) throws Exception {
        Files.createDirectories(project);
        Run version = run(project, env, launcher, "--version");
        assertThat(version.code()).as(version.err()).isZero();
        String[] lines = version.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("retort " + VERSION);
        assertThat(lines[1]).matches("commit ([0-9a-f]{7,40}(-dirty)?|unknown)");
        assertThat(lines[2]).startsWith("Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor"))
                .endsWith(" at " + JAVA_HOME);

        Run init = run(project, env, launcher, "init");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(project.resolve("retort.toml")).isRegularFile();
        Files.writeString(project.resolve("migrations/versions/1a7f3c9e2b10_create_users_table.sql"), REVISION);

        Run upgrade = run(project, env, launcher, "upgrade", "head");
        assertThat(upgrade.code()).as(upgrade.err()).isZero();
        assertThat(upgrade.out()).contains("Running upgrade  -> 1a7f3c9e2b10, Create users table").contains("Upgraded 1 revision");
        assertThat(project.resolve("app.db")).isRegularFile();

        Run doctor = run(project, env, launcher, "doctor");
        assertThat(doctor.code()).as(doctor.out() + doctor.err()).isZero();
    }

    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /** Runs {@code command} in {@code dir} with the test's environment, minus what would steer Retort or Java, plus {@code extra}. */
    private Run run(Path dir, Map<String, String> extra, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("RETORT_") || k.startsWith("DB_") || k.equals("DATABASE_URL") || k.equals("XDG_CACHE_HOME"));
        env.put("HOME", tmp.resolve("home").toString());
        env.put("JAVA_HOME", JAVA_HOME.toString());
        env.putAll(extra);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        if (command[0].equals("tar") || command[0].equals("unzip")) {
            assertThat(run.code()).as(run.err()).isZero();
        }
        return run;
    }
}
