package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes by severity, silencing from retort.toml, and a hook that works where git runs it. */
class DoctorSeverityCommandTest {
    @TempDir
    Path dir;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** An Alembic script; {@code downgrade} null leaves the function out. */
    private static String alembic(String id, String parent, String upgrade, String downgrade) {
        return "\"\"\"" + id + "\n\nRevision ID: " + id + "\nRevises: " + (parent == null ? "" : parent)
                + "\nCreate Date: 2024-01-01 10:00:00.000000\n\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
                + "revision = '" + id + "'\ndown_revision = " + (parent == null ? "None" : "'" + parent + "'")
                + "\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    " + upgrade + "\n"
                + (downgrade == null ? "" : "\n\ndef downgrade():\n    " + downgrade + "\n");
    }

    /** A configured project whose only problems are warnings: an empty downgrade in each of two folders. */
    private Path project(String doctorSection) throws IOException {
        Path p = dir.resolve("app");
        write(p.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n\n" + doctorSection);
        Path v = p.resolve("migrations/versions");
        write(v.resolve("a1_base.py"), alembic("a1", null, "op.create_table('t', sa.Column('id', sa.Integer()))", "op.drop_table('t')"));
        write(v.resolve("legacy/b1_old.py"), alembic("b1", "a1", "op.add_column('t', sa.Column('x', sa.Integer()))", "pass"));
        write(v.resolve("c1_new.py"), alembic("c1", "b1", "op.execute(\"UPDATE t SET x = 1\")", "pass"));
        return p;
    }

    @Test
    void warningsAloneExitZeroAndFailOnlyWithStrict() throws IOException {
        Path p = project("");
        CliRun.Result r = CliRun.run(p, "doctor");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("WARNING empty-downgrade migrations/versions/c1_new.py:")
                .contains("doctor: 2 findings (0 errors, 2 warnings)");
        assertThat(CliRun.run(p, "doctor", "--strict").code()).isEqualTo(1);
    }

    @Test
    void errorsExitOne() throws IOException {
        Path p = project("");
        write(p.resolve("migrations/versions/d1_broken.py"), alembic("d1", "nope", "pass", "pass"));
        CliRun.Result r = CliRun.run(p, "doctor");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("ERROR missing-parent migrations/versions/d1_broken.py:");
    }

    @Test
    void retortTomlSilencesByCodeAndByPathAndVerboseSaysWhy() throws IOException {
        Path p = project("""
                [[doctor.allow-paths]]
                paths = ["migrations/versions/legacy/*"]
                codes = ["empty-downgrade"]
                reason = "written before we tested downgrades"
                """);
        CliRun.Result strict = CliRun.run(p, "doctor", "--strict");
        assertThat(strict.code()).as(strict.toString()).isEqualTo(1);
        assertThat(strict.out()).contains("c1_new.py").doesNotContain("legacy/b1_old.py")
                .contains("1 finding (0 errors, 1 warning) in 3 revision files; 1 silenced (-v shows them)");

        CliRun.Result verbose = CliRun.run(p, "doctor", "-v");
        assertThat(verbose.out()).contains("ALLOWED empty-downgrade migrations/versions/legacy/b1_old.py:")
                .contains("    reason: written before we tested downgrades (");

        write(p.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n\n[doctor]\nallow = [\"empty-downgrade\"]\n");
        CliRun.Result everywhere = CliRun.run(p, "doctor", "--strict", "-v");
        assertThat(everywhere.code()).as(everywhere.toString()).isZero();
        assertThat(everywhere.out()).contains("reason: allowed in retort.toml:5\n");
    }

    @Test
    void aSilencingCommentInTheRevisionItself() throws IOException {
        Path p = project("");
        Path c1 = p.resolve("migrations/versions/c1_new.py");
        Files.writeString(c1, Files.readString(c1) + "\n# retort: allow empty-downgrade the backfill is harmless to keep\n");
        CliRun.Result r = CliRun.run(p, "doctor", "-v");
        assertThat(r.out()).contains("ALLOWED empty-downgrade migrations/versions/c1_new.py:")
                .contains("reason: the backfill is harmless to keep");
    }

    @Test
    void anUnknownCodeInRetortTomlIsBadInput() throws IOException {
        Path p = project("[doctor]\nallow = [\"empty-downgrades\"]\n");
        CliRun.Result r = CliRun.run(p, "doctor");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("retort.toml:5: 'empty-downgrades' is not a doctor code").contains("hint: doctor's codes: ");
    }

    @Test
    void filesOnlyNeverConnects() throws IOException {
        Path p = project("");
        Files.writeString(p.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                + "url = \"jdbc:postgresql://127.0.0.1:1/down\"\n");
        assertThat(CliRun.run(p, "doctor").code()).isEqualTo(2);
        CliRun.Result r = CliRun.run(p, "doctor", "--files-only");
        assertThat(r.code()).as(r.toString()).isZero();
    }

    @Test
    void theHookRunsTheLauncherItWasInstalledFromWithoutTheDatabase() throws Exception {
        Path p = project("");
        assertThat(new ProcessBuilder("git", "init", "-q").directory(p.toFile()).start().waitFor()).isZero();
        // A stand-in for bin/retort that records how the hook called it.
        Path launcher = dir.resolve("checkout dir/bin/retort");
        write(launcher, "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/called\"\nexit 0\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));

        CliRun.Result r = CliRun.run(p, Map.of("RETORT_LAUNCHER", launcher.toString()), "install-hook");
        assertThat(r.code()).as(r.toString()).isZero();

        // git runs hooks with a PATH that knows no `retort`.
        ProcessBuilder hook = new ProcessBuilder(p.resolve(".git/hooks/pre-commit").toString()).directory(p.toFile())
                .redirectErrorStream(true);
        hook.environment().put("PATH", "/usr/bin:/bin");
        Process run = hook.start();
        String output = new String(run.getInputStream().readAllBytes());
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(Files.readString(launcher.resolveSibling("called"))).isEqualTo("doctor --files-only\n");

        Path other = dir.resolve("other");
        Files.createDirectories(other);
        assertThat(new ProcessBuilder("git", "init", "-q").directory(other.toFile()).start().waitFor()).isZero();
        CliRun.Result withDb = CliRun.run(other, Map.of("RETORT_LAUNCHER", launcher.toString()), "install-hook", "--with-database");
        assertThat(withDb.out()).contains("commits now run ''" + launcher + "' doctor'");
    }
}
