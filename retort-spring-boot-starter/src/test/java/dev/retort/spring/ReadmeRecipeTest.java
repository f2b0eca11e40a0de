package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Spring Boot recipe is what the other tests run ({@link Apps#readmeProperties});
 * here: each retort.* key it shows is one the starter's metadata declares (IDEs complete them from
 * it), with the default the recipe claims, and the dependency it shows is this module.
 */
class ReadmeRecipeTest {
    @Test
    void recipePropertiesAreDeclaredWithTheirDefaults() throws Exception {
        String metadata = Files.readString(Path.of("..", "retort-spring-boot-starter", "target", "classes", "META-INF",
                "spring-configuration-metadata.json"));
        Set<String> declared = new HashSet<>();
        Matcher m = Pattern.compile("\"name\"\\s*:\\s*\"(retort\\.[a-z.-]+)\"").matcher(metadata);
        while (m.find()) {
            declared.add(m.group(1));
        }
        assertThat(declared).contains("retort.enabled", "retort.target", "retort.locations", "retort.url", "retort.user",
                "retort.password", "retort.version-table", "retort.schema", "retort.lock-timeout",
                "retort.validate-on-start", "retort.fail-on-doctor-errors");

        Map<String, Object> recipe = Apps.readmeProperties();
        assertThat(recipe).containsEntry("retort.target", "head").containsEntry("retort.locations", "classpath:db/retort")
                .containsEntry("retort.validate-on-start", "true").containsEntry("spring.jpa.hibernate.ddl-auto", "validate");
        RetortProperties defaults = new RetortProperties();
        assertThat(defaults.getTarget()).isEqualTo(recipe.get("retort.target"));
        assertThat(defaults.getLocations()).containsExactly((String) recipe.get("retort.locations"));
        assertThat(String.valueOf(defaults.isValidateOnStart())).isEqualTo(recipe.get("retort.validate-on-start"));
        for (String key : recipe.keySet()) {
            if (key.startsWith("retort.")) {
                assertThat(declared).as("README key %s", key).contains(key);
            }
        }
    }

    @Test
    void recipeDependencyIsThisModule() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String recipe = readme.substring(readme.indexOf("### Spring Boot"), readme.indexOf("### CI"));
        String pom = Files.readString(Path.of("..", "retort-spring-boot-starter", "pom.xml"));
        assertThat(recipe).contains("<artifactId>retort-spring-boot-starter</artifactId>");
        assertThat(pom).contains("<artifactId>retort-spring-boot-starter</artifactId>");
        Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(recipe);
        assertThat(version.find()).isTrue();
        assertThat(Files.readString(Path.of("..", "pom.xml"))).contains("<version>" + version.group(1) + "</version>");
    }
}
