package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CLI parses options and renders results; everything else is the library's. So its classes
 * name only the API package ({@code dev.retort}), the revision DSL ({@code dev.retort}),
 * their own package, picocli and the JDK: no {@code dev.retort.config}, {@code engine}, ...
 * whether imported or written out in full.
 */
class CliImportsApiOnlyTest {
    private static final Path MAIN = Path.of("src/main/java");

    // dev.retort.<package>. anywhere in the text: an import, a static import or a qualified name
    private static final Pattern INTERNAL = Pattern.compile("\\bdev\\.retort\\.(?!cli\\b)([a-z]\\w*)\\.");

    @Test
    void cliClassesNameOnlyTheApiPackage() throws IOException {
        TreeMap<String, List<String>> offenders = internalNames();
        assertThat(offenders).as("CLI classes naming internal packages (use the facade in dev.retort)").isEmpty();
    }

    @Test
    void theCheckSeesAnInternalImport() {
        assertThat(internal("import dev.retort.engine.Migrator;\nimport dev.retort.Retort;\nimport dev.retort.Ops;\n"))
                .containsExactly("dev.retort.engine.");
        assertThat(internal("var m = new dev.retort.graph.RevisionMap(); dev.retort.cli.Main.run();")).containsExactly("dev.retort.graph.");
    }

    private static TreeMap<String, List<String>> internalNames() throws IOException {
        assertThat(MAIN.resolve("dev/retort/cli/Main.java")).exists();
        TreeMap<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> names = internal(Files.readString(f, StandardCharsets.UTF_8));
                if (!names.isEmpty()) {
                    found.put(f.getFileName().toString(), names);
                }
            }
        }
        return found;
    }

    private static List<String> internal(String source) {
        List<String> names = new ArrayList<>();
        Matcher m = INTERNAL.matcher(source);
        while (m.find()) {
            if (!names.contains(m.group())) {
                names.add(m.group());
            }
        }
        return names;
    }
}
