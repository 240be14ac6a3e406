package io.usercleanup.bundle;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Confluence plugin's descriptor and Spring context (this module's) say what the
 * Jira ones say, except where Confluence differs: the user directory adapter and node identity,
 * the host services they import, and the place of the admin links. Held here so that a component
 * added to one product's context cannot be forgotten in the other's.
 */
class ConfluencePluginFilesTest {
    private static final Path JIRA_CONTEXT = Path.of("../jira-plugin/src/main/resources/META-INF/spring/plugin-context.xml");
    private static final Path CONFLUENCE_CONTEXT = Path.of("src/main/resources/META-INF/spring/plugin-context.xml");
    private static final Path JIRA_DESCRIPTOR = Path.of("../jira-plugin/src/main/resources/atlassian-plugin.xml");
    private static final Path CONFLUENCE_DESCRIPTOR = Path.of("src/main/resources/atlassian-plugin.xml");
    /** The beans whose classes are the product's own. */
    private static final Set<String> PRODUCT_BEANS = Set.of("userDirectory", "nodeIdentity");

    /** The file as written (before the build fills in the plugin key and versions). */
    private static Element root(Path file) throws Exception {
        assertThat(file).as("run in the confluence-plugin module").exists();
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                list.add(element);
            }
        }
        return list;
    }

    /** Each bean as its attributes and constructor arguments, by id. */
    private static Map<String, String> beans(Element context) {
        Map<String, String> beans = new TreeMap<>();
        for (Element bean : children(context, "bean")) {
            String args = children(bean, "constructor-arg").stream()
                    .map(arg -> arg.hasAttribute("ref") ? "ref:" + arg.getAttribute("ref") : "value:" + arg.getAttribute("value"))
                    .collect(Collectors.joining(","));
            beans.put(bean.getAttribute("id"), bean.getAttribute("class") + " factory=" + bean.getAttribute("factory-method")
                    + " depends=" + bean.getAttribute("depends-on") + " destroy=" + bean.getAttribute("destroy-method")
                    + " args=" + args);
        }
        return beans;
    }

    private static Map<String, String> references(Element context) {
        Map<String, String> references = new TreeMap<>();
        for (Element reference : children(context, "reference")) {
            references.put(reference.getAttribute("id"), reference.getAttribute("interface")
                    + " " + reference.getAttribute("availability"));
        }
        return references;
    }

    private static Map<String, String> without(Map<String, String> map, Set<String> keys) {
        Map<String, String> rest = new TreeMap<>(map);
        keys.forEach(rest::remove);
        return rest;
    }

    @Test
    void theConfluenceContext_hasTheJiraContextsComponents_withConfluencesAdapter() throws Exception {
        Element jira = root(JIRA_CONTEXT);
        Element confluence = root(CONFLUENCE_CONTEXT);

        assertThat(without(beans(confluence), PRODUCT_BEANS)).isEqualTo(without(beans(jira), PRODUCT_BEANS));
        assertThat(beans(confluence).get("userDirectory")).startsWith("io.usercleanup.confluence.ConfluenceUserDirectory ")
                .endsWith("args=ref:userAccessor,ref:crowdService,ref:crowdDirectoryService,ref:loginManager,"
                        + "ref:spacePermissionManager,ref:permissionManager,ref:salUserManager,ref:transactionalExecutorFactory");
        assertThat(beans(confluence).get("nodeIdentity")).isEqualTo(
                "io.usercleanup.confluence.ConfluenceNodeIdentity factory= depends= destroy= args=ref:clusterManager");
        assertThat(children(confluence, "service").stream().map(s -> s.getAttribute("ref") + " " + s.getAttribute("interface")).toList())
                .isEqualTo(children(jira, "service").stream().map(s -> s.getAttribute("ref") + " " + s.getAttribute("interface")).toList());
    }

    @Test
    void theConfluenceContext_importsConfluencesServices_andNoneOfJiras() throws Exception {
        Map<String, String> jira = references(root(JIRA_CONTEXT));
        Map<String, String> confluence = references(root(CONFLUENCE_CONTEXT));

        assertThat(confluence.values()).noneMatch(type -> type.startsWith("com.atlassian.jira."));
        assertThat(confluence).containsEntry("userAccessor", "com.atlassian.confluence.user.UserAccessor ")
                .containsEntry("loginManager", "com.atlassian.confluence.security.login.LoginManager ")
                .containsEntry("spacePermissionManager", "com.atlassian.confluence.security.SpacePermissionManager ")
                .containsEntry("permissionManager", "com.atlassian.confluence.security.PermissionManager ")
                // optional: without it the adapter reads members through Confluence's user API
                .containsEntry("transactionalExecutorFactory",
                        "com.atlassian.sal.api.rdbms.TransactionalExecutorFactory optional")
                .containsEntry("clusterManager", "com.atlassian.confluence.cluster.ClusterManager ");
        // the product-neutral services are imported alike
        Map<String, String> shared = new TreeMap<>(jira);
        shared.values().removeIf(type -> type.startsWith("com.atlassian.jira."));
        assertThat(confluence).containsAllEntriesOf(shared);
    }

    @Test
    void everyReferenceOfTheConfluenceContext_isDefinedThere() throws Exception {
        Element confluence = root(CONFLUENCE_CONTEXT);
        Set<String> defined = new java.util.HashSet<>(beans(confluence).keySet());
        defined.addAll(references(confluence).keySet());
        NodeList args = confluence.getElementsByTagNameNS("*", "constructor-arg");
        for (int i = 0; i < args.getLength(); i++) {
            Element arg = (Element) args.item(i);
            if (arg.hasAttribute("ref")) {
                assertThat(defined).as("bean or reference " + arg.getAttribute("ref")).contains(arg.getAttribute("ref"));
            }
        }
        // and every import is used: an unused osgi:reference would still make the bundle wait for the service
        Set<String> used = new java.util.HashSet<>();
        for (int i = 0; i < args.getLength(); i++) {
            used.add(((Element) args.item(i)).getAttribute("ref"));
        }
        assertThat(used).containsAll(references(confluence).keySet());
    }

    /** Each module as "type key: what it names", but for its place in the admin menu. */
    private static List<String> modules(Element descriptor, Set<String> leftOut) {
        List<String> modules = new ArrayList<>();
        NodeList nodes = descriptor.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element module && !leftOut.contains(module.getTagName())) {
                StringBuilder text = new StringBuilder(module.getTagName()).append(' ').append(module.getAttribute("key"))
                        .append(' ').append(module.getAttribute("class")).append(module.getAttribute("location"))
                        .append(module.getAttribute("path")).append(module.getAttribute("namespace")).append(':');
                NodeList nested = module.getElementsByTagName("*");
                for (int j = 0; j < nested.getLength(); j++) {
                    Element child = (Element) nested.item(j);
                    if (!Set.of("description", "context").contains(child.getTagName())) {
                        text.append(' ').append(child.getTagName()).append('=').append(child.getTextContent().strip())
                                .append(child.getAttribute("location")).append(child.getAttribute("name"));
                    }
                }
                modules.add(text.toString());
            }
        }
        return modules;
    }

    @Test
    void theConfluenceDescriptor_hasTheSameModules_withItsLinksInConfluencesAdminConsole() throws Exception {
        Element jira = root(JIRA_DESCRIPTOR);
        Element confluence = root(CONFLUENCE_DESCRIPTOR);
        Set<String> menu = Set.of("web-section", "web-item", "plugin-info");

        assertThat(confluence.getAttribute("key")).isEqualTo(jira.getAttribute("key"));
        assertThat(modules(confluence, menu)).isEqualTo(modules(jira, menu));
        assertThat(children(confluence, "web-section")).isEmpty();
        List<Element> items = children(confluence, "web-item");
        assertThat(items).extracting(item -> item.getAttribute("key") + " " + item.getAttribute("section") + " "
                        + children(item, "link").get(0).getTextContent().strip())
                .containsExactly(
                        "user-cleanup-config-link system.admin/configuration /plugins/servlet/user-cleanup/admin",
                        "user-cleanup-cleanups-link system.admin/configuration /plugins/servlet/user-cleanup/cleanups");
        Element resources = children(confluence, "web-resource").stream()
                .filter(module -> module.getAttribute("key").equals("admin-resources")).findFirst().orElseThrow();
        assertThat(children(resources, "context")).extracting(Element::getTextContent).containsExactly("atl.admin");
    }
}
