package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's Maven recipe is the one the sqlite-recipe sample project builds and runs. */
class ReadmeRecipeTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();

    @Test
    void readmeSnippetIsTheSampleProjectsBuildSection() throws IOException {
        String readme = Files.readString(MODULE.resolve("../README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("\n## Maven\n"));
        String snippet = section.substring(section.indexOf("```xml\n") + 7, section.indexOf("\n```", section.indexOf("```xml\n")));

        String pom = Files.readString(MODULE.resolve("src/it/sqlite-recipe/pom.xml"), StandardCharsets.UTF_8);
        String marked = pom.substring(pom.indexOf("<!-- readme:maven -->\n") + 22, pom.indexOf("  <!-- /readme:maven -->"));
        String expected = marked.lines().map(l -> l.startsWith("  ") ? l.substring(2) : l)
                .collect(Collectors.joining("\n"))
                .replace("@project.version@", System.getProperty("retort.version", "0.1.0-SNAPSHOT"))
                .replace("@sqlite.version@", System.getProperty("sqlite.version", "@sqlite.version@"));

        assertThat(snippet).contains("<artifactId>retort-maven-plugin</artifactId>").isEqualTo(expected);
    }
}
