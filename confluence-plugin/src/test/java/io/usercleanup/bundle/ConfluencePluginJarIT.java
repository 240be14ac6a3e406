package io.usercleanup.bundle;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the built Confluence plugin jar ({@code user-cleanup-confluence-9-<version>.jar}) and checks,
 * as {@code PluginJarIT} does for the Jira jar, that Confluence's plugin system will install it as
 * a transformerless plugin: manifest, descriptor, Spring context, imports, what it holds, and that
 * it holds the Confluence adapter and nothing of Jira's.
 */
class ConfluencePluginJarIT {
    private static final String SPRING = "http://www.springframework.org/schema/beans";
    private static final String BLUEPRINT = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    private static Path path;
    private static JarFile jar;
    private static Attributes manifest;
    private static List<String> entries;
    private static Set<String> imports;
    private static Document descriptor;
    private static Document context;

    @BeforeAll
    static void openJar() throws Exception {
        path = Path.of(System.getProperty("bundle.jar", "target/user-cleanup-confluence.jar"));
        assertThat(path).as("the built plugin jar").exists();
        jar = new JarFile(path.toFile());
        manifest = jar.getManifest().getMainAttributes();
        entries = Collections.list(jar.entries()).stream().map(JarEntry::getName).collect(Collectors.toList());
        imports = packageNames(manifest.getValue("Import-Package"));
        descriptor = xml("atlassian-plugin.xml");
        context = xml("META-INF/spring/plugin-context.xml");
    }

    private static Document xml(String entry) throws Exception {
        JarEntry e = jar.getJarEntry(entry);
        assertThat(e).as(entry + " in the jar").isNotNull();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = jar.getInputStream(e)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Set<String> packageNames(String header) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("([^,\"]|\"[^\"]*\")+").matcher(header == null ? "" : header);
        while (m.find()) {
            names.add(m.group().split(";")[0].trim());
        }
        return names;
    }

    private static List<Element> elements(Document doc, String namespace, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS(namespace, localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static String classEntry(String className) {
        return className.replace('.', '/') + ".class";
    }

    @Test
    void isNamedForConfluence9_andIsATransformerlessPlugin() {
        String key = descriptor.getDocumentElement().getAttribute("key");

        assertThat(path.getFileName().toString()).matches("user-cleanup-confluence-9-.+\\.jar");
        assertThat(key).isEqualTo(System.getProperty("atlassian.plugin.key", "io.usercleanup.user-cleanup"));
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(key);
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo(key);
        assertThat(manifest.getValue("Bundle-Version")).matches("\\d+\\.\\d+\\.\\d+(\\.[A-Za-z0-9_-]+)?");
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
        assertThat(manifest.getValue("Export-Package")).isNull();
        assertThat(descriptor.getDocumentElement().getAttribute("plugins-version")).isEqualTo("2");
        assertThat(elements(descriptor, "*", "component")).isEmpty();
        assertThat(elements(descriptor, "*", "component-import")).isEmpty();
    }

    @Test
    void holdsTheConfluenceAdapter_andNothingOfJirasNorAnyHostClass() {
        assertThat(entries).contains("io/usercleanup/confluence/ConfluenceUserDirectory.class",
                "io/usercleanup/core/service/CleanupRunner.class", "io/usercleanup/rest/CleanupResource.class");
        assertThat(entries).noneMatch(e -> e.startsWith("io/usercleanup/jira/"));
        assertThat(entries).noneMatch(e -> e.startsWith("com/atlassian/") || e.startsWith("net/java/ao/")
                || e.startsWith("javax/") || e.startsWith("io/atlassian/") || e.startsWith("org/slf4j/"));
        assertThat(entries).noneMatch(e -> e.startsWith("io/usercleanup/devhost/") || e.startsWith("io/usercleanup/testsupport/")
                || e.endsWith("Test.class") || e.endsWith("IT.class"));
    }

    @Test
    void importsConfluencesPackages_andNoneOfJiras_andEmbedsItsOwnLibraries() {
        String classPath = manifest.getValue("Bundle-ClassPath");
        List<String> embedded = entries.stream().filter(e -> e.startsWith("META-INF/lib/") && e.endsWith(".jar")).toList();

        assertThat(imports).contains("com.atlassian.confluence.user", "com.atlassian.confluence.security",
                "com.atlassian.confluence.security.login", "com.atlassian.confluence.cluster", "com.atlassian.user",
                "com.atlassian.user.search.page", "com.atlassian.crowd.embedded.api", "com.atlassian.sal.api.user",
                "com.atlassian.activeobjects.external");
        assertThat(imports).noneMatch(p -> p.startsWith("com.atlassian.jira"));
        assertThat(imports).noneMatch(p -> p.startsWith("org.apache.commons.") || p.startsWith("com.fasterxml."));
        assertThat(embedded).anyMatch(e -> e.startsWith("META-INF/lib/commons-csv-"));
        assertThat(Arrays.asList(classPath.split(","))).contains(".").containsAll(embedded);
    }

    @Test
    void springContext_importsEachHostServiceFromAnImportedPackage_andEveryBeanClassIsInTheJar() {
        List<Element> references = elements(context, BLUEPRINT, "reference");
        List<Element> beans = elements(context, SPRING, "bean");

        assertThat(references).extracting(r -> r.getAttribute("interface"))
                .contains("com.atlassian.confluence.user.UserAccessor", "com.atlassian.confluence.security.login.LoginManager");
        for (Element reference : references) {
            String type = reference.getAttribute("interface");
            assertThat(imports).as(type).contains(type.substring(0, type.lastIndexOf('.')));
        }
        for (Element bean : beans) {
            String type = bean.getAttribute("class");
            if (!type.startsWith("java.")) {
                assertThat(entries).as(bean.getAttribute("id")).contains(classEntry(type));
            }
        }
    }

    @Test
    void descriptorModules_pointAtWhatIsInTheJar() {
        for (Element servlet : elements(descriptor, "*", "servlet")) {
            assertThat(entries).contains(classEntry(servlet.getAttribute("class")));
        }
        for (Element resource : elements(descriptor, "*", "resource")) {
            String location = resource.getAttribute("location");
            assertThat(entries).as(location).contains("i18n".equals(resource.getAttribute("type"))
                    ? location + ".properties" : location);
        }
        List<Element> entities = elements(descriptor, "*", "entity");
        assertThat(entities).isNotEmpty();
        for (Element entity : entities) {
            assertThat(entries).contains(classEntry(entity.getTextContent().trim()));
        }
        assertThat(elements(descriptor, "*", "web-item")).extracting(w -> w.getAttribute("section"))
                .containsOnly("system.admin/configuration");
    }

    @Test
    void classesTargetJava17() throws Exception {
        try (InputStream in = jar.getInputStream(jar.getJarEntry("io/usercleanup/confluence/ConfluenceUserDirectory.class"))) {
            byte[] header = in.readNBytes(8);
            assertThat(((header[6] & 0xff) << 8) | (header[7] & 0xff)).isEqualTo(61);
        }
    }
}
