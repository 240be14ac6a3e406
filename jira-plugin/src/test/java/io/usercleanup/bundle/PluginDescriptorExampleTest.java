package io.usercleanup.bundle;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The annotated {@code atlassian-plugin.xml.example} declares exactly the real descriptor's modules. */
class PluginDescriptorExampleTest {

    /** Each module as "type key: the classes, locations, patterns and entities it names". */
    private static List<String> modules(Path file) throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        List<String> modules = new ArrayList<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (node instanceof Element && !((Element) node).getTagName().equals("plugin-info")) {
                modules.add(describe((Element) node));
            }
        }
        return modules;
    }

    private static String describe(Element module) {
        StringBuilder text = new StringBuilder(module.getTagName()).append(' ').append(module.getAttribute("key"))
                .append(module.getAttribute("class")).append(module.getAttribute("location"))
                .append(module.getAttribute("section")).append(module.getAttribute("namespace"))
                .append(module.getAttribute("path")).append(':');
        NodeList nested = module.getElementsByTagName("*");
        for (int i = 0; i < nested.getLength(); i++) {
            Element child = (Element) nested.item(i);
            if (!child.getTagName().equals("description")) {
                text.append(' ').append(child.getTagName()).append('=').append(child.getAttribute("location"))
                        .append(child.getAttribute("key")).append(child.getTextContent().trim());
            }
        }
        return text.toString();
    }

    @Test
    void exampleDeclaresTheSameModules() throws Exception {
        List<String> real = modules(Path.of("src/main/resources/atlassian-plugin.xml"));

        assertThat(real).hasSizeGreaterThan(8);
        assertThat(modules(Path.of("../atlassian-plugin.xml.example"))).containsExactlyElementsOf(real);
    }
}
