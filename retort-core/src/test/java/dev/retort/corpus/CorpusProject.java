package dev.retort.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One project of the Alembic corpus: the facts of its revision graph (src/test/resources/
 * alembic-corpus/NAME.tsv, extracted by extract.py from a public repository) and the stub
 * revision files written from them, with the same names and folders as the originals.
 */
record CorpusProject(String name, List<Fact> facts) {
    /** One revision file: path relative to the versions folder, and what it declares. */
    record Fact(String path, String revision, List<String> downRevision, List<String> branchLabels, List<String> dependsOn) {}

    static Path folder() {
        try {
            return Path.of(CorpusProject.class.getResource("/alembic-corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> names() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusProject load(String name) {
        List<Fact> facts = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(folder().resolve(name + ".tsv"), StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                facts.add(new Fact(c[0], c[1], list(c[2]), list(c[3]), list(c[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CorpusProject(name, facts);
    }

    private static List<String> list(String cell) {
        return cell.equals("-") ? null : Arrays.stream(cell.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    /** Writes one stub .py per fact under {@code versions}: a docstring, the four variables, non-empty bodies. */
    void writeStubs(Path versions) {
        try {
            for (Fact f : facts) {
                Path file = versions.resolve(f.path());
                Files.createDirectories(file.getParent());
                String revises = f.downRevision() == null ? "" : String.join(", ", f.downRevision());
                Files.writeString(file, """
                        \"""corpus stub %s

                        Revision ID: %s
                        Revises: %s
                        Create Date: 2020-01-01 00:00:00

                        \"""
                        from alembic import op

                        revision = %s
                        down_revision = %s
                        branch_labels = %s
                        depends_on = %s


                        def upgrade():
                            op.execute("SELECT 1")


                        def downgrade():
                            op.execute("SELECT 1")
                        """.formatted(f.revision(), f.revision(), revises, py(f.revision()), py(f.downRevision()),
                        py(f.branchLabels()), py(f.dependsOn())), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String py(String s) {
        return "'" + s + "'";
    }

    /** None, a string for one value, a tuple for several: as Alembic's template writes them. */
    private static String py(List<String> values) {
        if (values == null) {
            return "None";
        }
        if (values.size() == 1) {
            return py(values.get(0));
        }
        return values.stream().map(CorpusProject::py).collect(Collectors.joining(", ", "(", ")"));
    }
}
