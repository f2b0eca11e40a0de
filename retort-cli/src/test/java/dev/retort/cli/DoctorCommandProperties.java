package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the folder holds, `retort doctor --fix` exits 0, 1 or 2 with no stack trace and changes nothing. */
class DoctorCommandProperties {
    private static final String GOOD = "\"\"\"m\n\nRevision ID: a1\nRevises: \nCreate Date: 2025\n\n\"\"\"\nrevision = 'a1'\n"
            + "down_revision = None\n\ndef upgrade():\n    op.create_table('t')\n\ndef downgrade():\n    op.drop_table('t')\n";

    record Entry(String name, byte[] bytes) {}

    @Property(tries = 40)
    void neverAStackTraceNeverAWrite(@ForAll("folders") List<Entry> entries, @ForAll("modes") String format) throws IOException {
        Path dir = Files.createTempDirectory("doctor-cli");
        try {
            Path versions = Files.createDirectories(dir.resolve("versions"));
            for (Entry e : entries) {
                Files.write(versions.resolve(e.name()), e.bytes());
            }
            Map<String, String> before = snapshot(dir);
            CliRun.Result r = CliRun.run(dir, "doctor", "versions", "--fix", "--format", format);
            assertThat(r.code()).as(r.toString()).isIn(0, 1, 2);
            assertThat(r.err()).as(r.toString()).doesNotContain("internal error").doesNotContain("\tat ");
            if (r.code() == 2) {
                assertThat(r.err()).startsWith("error: ").contains("\nhint: ");
            }
            assertThat(snapshot(dir)).isEqualTo(before);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Provide
    Arbitrary<String> modes() {
        return Arbitraries.of("text", "json", "sarif");
    }

    @Provide
    Arbitrary<List<Entry>> folders() {
        Arbitrary<byte[]> bytes = Arbitraries.oneOf(
                Arbitraries.just(GOOD.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(0, GOOD.length()).map(n -> GOOD.substring(0, n).getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of("a1", "zz", "a1_x", "").map(p -> GOOD.replace("a1'", "b2'").replace("None", "'" + p + "'")
                        .getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                Arbitraries.strings().all().ofMaxLength(120).map(s -> s.getBytes(StandardCharsets.UTF_8)));
        Arbitrary<String> names = Combinators.combine(Arbitraries.of("a1_x", "b2", "c", "d"), Arbitraries.of(".py", ".sql", ".java"))
                .as((n, e) -> n + e);
        return Combinators.combine(names, bytes).as(Entry::new).list().ofMinSize(0).ofMaxSize(5).uniqueElements(Entry::name);
    }

    private static Map<String, String> snapshot(Path d) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(d)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(d.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
