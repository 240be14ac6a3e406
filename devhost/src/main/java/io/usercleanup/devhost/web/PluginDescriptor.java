package io.usercleanup.devhost.web;

import io.usercleanup.devhost.DevHostProduct;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The modules of the plugin's {@code atlassian-plugin.xml} that the dev host serves, read the way
 * the plugin system reads them: servlets, web resources and the i18n bundle.
 */
public final class PluginDescriptor {
    /** A servlet module. */
    public record ServletModule(String key, String className, List<String> urlPatterns) {
    }

    /** One resource of a web-resource module. */
    public record Resource(String type, String name, String location) {
    }

    /** A web-resource module. */
    public record WebResource(String key, List<String> dependencies, List<Resource> resources) {
    }

    private final String pluginKey;
    private final List<ServletModule> servlets = new ArrayList<>();
    private final Map<String, WebResource> webResources = new LinkedHashMap<>();
    private final List<String> i18nLocations = new ArrayList<>();

    private PluginDescriptor(Element root) {
        pluginKey = root.getAttribute("key");
        for (Element servlet : children(root, "servlet")) {
            List<String> patterns = new ArrayList<>();
            children(servlet, "url-pattern").forEach(p -> patterns.add(p.getTextContent().trim()));
            servlets.add(new ServletModule(servlet.getAttribute("key"), servlet.getAttribute("class"), patterns));
        }
        for (Element module : children(root, "web-resource")) {
            List<String> dependencies = new ArrayList<>();
            children(module, "dependency").forEach(d -> dependencies.add(d.getTextContent().trim()));
            List<Resource> resources = new ArrayList<>();
            children(module, "resource").forEach(r -> resources.add(
                    new Resource(r.getAttribute("type"), r.getAttribute("name"), r.getAttribute("location"))));
            webResources.put(pluginKey + ":" + module.getAttribute("key"),
                    new WebResource(module.getAttribute("key"), dependencies, resources));
        }
        for (Element resource : children(root, "resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                i18nLocations.add(resource.getAttribute("location"));
            }
        }
    }

    /** Reads the Jira plugin's descriptor. */
    public static PluginDescriptor load() {
        return load(DevHostProduct.JIRA.descriptor());
    }

    /** Reads a descriptor, such as the Confluence plugin module's ({@link DevHostProduct#descriptor()}). */
    public static PluginDescriptor load(java.net.URL resource) {
        try (InputStream in = resource.openStream()) {
            return new PluginDescriptor(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException("The plugin descriptor cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element && ((Element) nodes.item(i)).getTagName().equals(name)) {
                list.add((Element) nodes.item(i));
            }
        }
        return list;
    }

    public String pluginKey() {
        return pluginKey;
    }

    public List<ServletModule> servlets() {
        return List.copyOf(servlets);
    }

    /** A web-resource module by its complete key, such as {@code io.usercleanup.user-cleanup:admin-resources}. */
    public WebResource webResource(String completeKey) {
        WebResource module = webResources.get(completeKey);
        if (module == null) {
            throw new IllegalArgumentException("The plugin has no web resource " + completeKey);
        }
        return module;
    }

    /** Class path locations of the i18n bundles, without {@code .properties}. */
    public List<String> i18nLocations() {
        return List.copyOf(i18nLocations);
    }
}
