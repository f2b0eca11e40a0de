package dev.retort.dialect;

import dev.retort.dialect.registry.Dialects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * retort-core's pom (the one Maven installs and publishes: it is not rewritten on the way)
 * declares each database's driver, with the coordinates the missing-driver error names, as an
 * optional dependency: an application embedding Retort gets none of them unless it asks.
 */
class OptionalDriversTest {
    record Declared(String coordinates, String scope, boolean optional) {}

    @Test
    void everyDialectsDriverIsAnOptionalCompileDependencyOfCore() throws Exception {
        List<Declared> declared = dependencies(Path.of("pom.xml"));
        for (Dialect d : Dialects.ALL) {
            assertThat(declared).as(d.name() + "'s driver " + d.driver())
                    .contains(new Declared(d.driver(), "compile", true));
        }
    }

    @Test
    void nothingElseIsOptional() throws Exception {
        List<String> drivers = Dialects.ALL.stream().map(Dialect::driver).toList();
        assertThat(dependencies(Path.of("pom.xml"))).filteredOn(Declared::optional).extracting(Declared::coordinates)
                .containsExactlyInAnyOrderElementsOf(drivers);
    }

    static List<Declared> dependencies(Path pom) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Element project = doc.getDocumentElement();
        List<Declared> found = new ArrayList<>();
        for (Element deps : children(project, "dependencies")) {
            for (Element dep : children(deps, "dependency")) {
                String scope = text(dep, "scope");
                found.add(new Declared(text(dep, "groupId") + ":" + text(dep, "artifactId"), scope.isEmpty() ? "compile" : scope,
                        "true".equals(text(dep, "optional"))));
            }
        }
        assertThat(found).as("dependencies read from " + pom.toAbsolutePath()).isNotEmpty();
        return found;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? "" : c.get(0).getTextContent().strip();
    }
}
