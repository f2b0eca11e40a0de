package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Passwords with '@' or '/' in them never reach the console: not through Retort's own messages,
 * and not through what a driver logs on its own to the process's stderr.
 */
// replaces System.err: no other class that does so runs meanwhile
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class PasswordLeakTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "current, jdbc:postgresql://bob:p@ssWORDx@127.0.0.1:1/db",
        "verify, jdbc:postgresql://bob:p@ssWORDx@127.0.0.1:1/db",
        "current, jdbc:postgresql://bob:pa/ssWORDx@127.0.0.1:1/db",
        "verify, jdbc:postgresql://bob:pa/ssWORDx@127.0.0.1:1/db",
    })
    void theFailureNamesTheUrlWithoutItsPassword(String command, String url) throws Exception {
        Path project = CliRun.quickstart(dir);
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        CliRun.Result r;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            r = CliRun.run(project, command, "--url", url);
        } finally {
            System.setErr(stderr);
        }
        String all = r.out() + r.err() + console.toString(StandardCharsets.UTF_8);
        assertThat(r.code()).as(all).isNotZero();
        assertThat(r.err()).as(all).contains("bob:***@127.0.0.1:1/db");
        assertThat(all).doesNotContain("ssWORD").doesNotContain("WORDx");
    }
}
