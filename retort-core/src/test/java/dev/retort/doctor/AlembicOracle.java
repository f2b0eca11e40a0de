package dev.retort.doctor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Alembic (Debian's python3-alembic for /usr/bin/python3) as a test oracle: it loads a
 * versions folder exactly as an Alembic user's `alembic heads` / `alembic history` would.
 */
final class AlembicOracle {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    record Result(int exit, String out, String err) {
        List<String> heads() {
            return words("heads:");
        }

        List<String> bases() {
            return words("bases:");
        }

        List<String> walked() {
            return out.lines().filter(l -> l.startsWith("rev: ")).map(l -> l.substring(5).split(" ")[0]).toList();
        }

        private List<String> words(String prefix) {
            return out.lines().filter(l -> l.startsWith(prefix)).findFirst()
                    .map(l -> List.of(l.substring(prefix.length()).trim().split("\\s+")))
                    .orElse(List.of());
        }
    }

    private AlembicOracle() {}

    /** Whether /usr/bin/python3 imports alembic.script; asked once per test JVM (a python start costs half a second of CPU). */
    static boolean available() {
        return Probe.AVAILABLE;
    }

    private static final class Probe {
        static final boolean AVAILABLE = probe();
    }

    private static boolean probe() {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import alembic.script").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * What `alembic upgrade head` resolves first: the one head, or exit 1 with Alembic's error
     * ("multiple heads") on stderr.
     */
    static Result currentHead(Path versions) throws IOException, InterruptedException {
        String code = "import sys\nfrom alembic.script import ScriptDirectory\n"
                + "d = sys.argv[1]\ntry:\n    print('heads:', ScriptDirectory(d, version_locations=[d]).get_current_head())\n"
                + "except Exception as e:\n    print('error: %s: %s' % (type(e).__name__, e), file=sys.stderr)\n    sys.exit(1)\n";
        return exec(List.of(PYTHON.toString(), "-B", "-c", code, versions.toString()));
    }

    /**
     * What alembic_oracle.py prints for the folder, asked of one Python process that serves the
     * whole test JVM (Python and Alembic start once, not once per question; each answer is what a
     * process of its own would print, warnings included). It ends with the JVM: its stdin closes.
     */
    static Result run(Path versions) throws IOException {
        synchronized (Shared.class) {
            return Shared.SESSION.run(versions);
        }
    }

    private static final class Shared {
        static final Session SESSION = start();

        private static Session start() {
            try {
                return new Session();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** One Python process answering {@link #run} for many folders (alembic_oracle.py --serve). */
    private static final class Session {
        private final Process process;
        private final java.io.BufferedReader answers;
        private final java.io.Writer questions;

        Session() throws IOException {
            process = new ProcessBuilder(PYTHON.toString(), "-B", Fixtures.resource("alembic_oracle.py").toString(), "--serve")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            answers = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            questions = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }

        /** As {@link AlembicOracle#run}, answered by this session's process. */
        Result run(Path versions) throws IOException {
            questions.write(versions + "\n");
            questions.flush();
            String line = answers.readLine();
            if (line == null) {
                throw new IOException("the alembic oracle ended (exit " + (process.isAlive() ? "?" : process.exitValue()) + ")");
            }
            java.util.Map<String, String> fields = new java.util.HashMap<>();
            try (com.fasterxml.jackson.core.JsonParser json = new com.fasterxml.jackson.core.JsonFactory().createParser(line)) {
                json.nextToken();
                while (json.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    fields.put(name, json.getValueAsString());
                }
            }
            return new Result(Integer.parseInt(fields.get("exit")), fields.get("out"), fields.get("err"));
        }
    }

    private static Result exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("alembic oracle timed out");
        }
        return new Result(p.exitValue(), out, err);
    }
}
