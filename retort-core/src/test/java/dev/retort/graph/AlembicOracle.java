package dev.retort.graph;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the real Alembic (Debian's python3-alembic) as an oracle over graphs written as JSON. */
final class AlembicOracle {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private AlembicOracle() {}

    /** Skips the calling test locally when Alembic is missing; in CI (RETORT_REQUIRE_DATABASES=1) fails instead. */
    static void assumeAvailable() {
        boolean present = Files.isExecutable(PYTHON) && run(List.of("-c", "import alembic"), "") != null;
        if (!present) {
            if ("1".equals(System.getenv("RETORT_REQUIRE_DATABASES"))) {
                fail("python3-alembic is required (apt-get install python3-alembic) but /usr/bin/python3 cannot import it");
            }
            Assumptions.abort("python3-alembic not installed; skipping the differential test");
        }
    }

    /** Answers of oracle.py for the given JSON input, one line each. */
    static List<String> answer(String json) throws IOException {
        return answer("oracle.py", json);
    }

    /** Answers of the named script under src/test/resources/alembic for the given JSON input. */
    static List<String> answer(String scriptName, String json) throws IOException {
        Path script = Files.createTempFile("retort-oracle", ".py");
        try (InputStream in = AlembicOracle.class.getResourceAsStream("/alembic/" + scriptName)) {
            Files.write(script, in.readAllBytes());
            String out = run(List.of(script.toString()), json);
            if (out == null) {
                throw new IOException(scriptName + " failed");
            }
            return out.lines().toList();
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String run(List<String> args, String stdin) {
        try {
            List<String> cmd = new java.util.ArrayList<>();
            cmd.add(PYTHON.toString());
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream os = p.getOutputStream()) {
                os.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
