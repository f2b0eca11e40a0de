package dev.retort.doctor.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The diff doctor prints is one that git applies, giving exactly the repaired text. */
class UnifiedDiffProperties {

    @Property(tries = 40)
    void gitApplyTurnsBeforeIntoAfter(@ForAll("lines") List<String> before, @ForAll("edits") List<Integer> edits,
                                      @ForAll boolean crlf, @ForAll boolean finalNewline) throws Exception {
        String eol = crlf ? "\r\n" : "\n";
        List<String> after = new ArrayList<>(before);
        for (int e : edits) {
            if (after.isEmpty()) {
                after.add("new line " + e);
                continue;
            }
            int at = Math.floorMod(e, after.size());
            switch (Math.floorMod(e, 3)) {
                case 0 -> after.set(at, after.get(at) + " changed");
                case 1 -> after.add(at, "inserted " + e);
                default -> after.remove(at);
            }
        }
        String a = join(before, eol, finalNewline);
        String b = join(after, eol, finalNewline || edits.size() % 2 == 0);
        Path dir = Files.createTempDirectory("diff-prop");
        try {
            Path file = dir.resolve("v.py");
            Files.write(file, a.getBytes(StandardCharsets.UTF_8));
            String diff = UnifiedDiff.render(List.of(new FileChange(file, file, a, b)), dir);
            if (a.equals(b)) {
                assertThat(diff).doesNotContain("@@");
                return;
            }
            Path patch = dir.resolve("fix.patch");
            Files.write(patch, diff.getBytes(StandardCharsets.UTF_8));
            run(dir, "git", "apply", "--whitespace=nowarn", patch.toString());
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).isEqualTo(b);
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String join(List<String> lines, String eol, boolean finalNewline) {
        String s = String.join(eol, lines);
        return lines.isEmpty() ? "" : finalNewline ? s + eol : s;
    }

    private static void run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    @Provide
    Arbitrary<List<String>> lines() {
        return Arbitraries.of("import os", "revision = 'a'", "", "def upgrade():", "    pass", "x = 1", "# note")
                .list().ofMinSize(0).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Integer>> edits() {
        return Arbitraries.integers().between(0, 1000).list().ofMinSize(0).ofMaxSize(6);
    }
}
