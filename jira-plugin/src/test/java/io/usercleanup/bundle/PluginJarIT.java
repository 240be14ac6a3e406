package io.usercleanup.bundle;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.usercleanup.bundle.conformance.BundleClassFiles;
import io.usercleanup.bundle.conformance.HostReference;
import io.usercleanup.bundle.conformance.HostReferenceScanner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Opens the built plugin jar and checks that Jira's plugin system will install it as a
 * transformerless plugin: manifest headers, descriptor, Spring wiring, imports, and that no
 * Atlassian class (the compile-only stand-ins) is inside.
 */
class PluginJarIT {
    private static JarFile jar;
    private static Attributes manifest;
    private static List<String> entries;
    private static Set<String> imports;
    private static Document descriptor;
    private static List<Document> springFiles;

    @BeforeAll
    static void openJar() throws Exception {
        Path path = Path.of(System.getProperty("bundle.jar", "target/user-cleanup.jar"));
        assertThat(path).as("the built plugin jar").exists();
        jar = new JarFile(path.toFile());
        manifest = jar.getManifest().getMainAttributes();
        entries = Collections.list(jar.entries()).stream().map(JarEntry::getName).collect(Collectors.toList());
        imports = packageNames(manifest.getValue("Import-Package"));
        descriptor = xml("atlassian-plugin.xml");
        springFiles = new ArrayList<>();
        for (String name : entries) {
            if (name.matches("META-INF/spring/[^/]+\\.xml")) {
                springFiles.add(xml(name));
            }
        }
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

    /** The package names of an OSGi header, without their attributes and directives. */
    private static Set<String> packageNames(String header) {
        Set<String> names = new TreeSet<>();
        if (header == null) {
            return names;
        }
        // Split on commas outside quotes (version ranges contain commas).
        Matcher m = Pattern.compile("([^,\"]|\"[^\"]*\")+").matcher(header);
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

    private static List<Element> descriptorElements(String name) {
        return elements(descriptor, "*", name);
    }

    @Test
    void manifest_makesItATransformerlessPlugin() {
        String key = descriptor.getDocumentElement().getAttribute("key");

        assertThat(key).isEqualTo(System.getProperty("atlassian.plugin.key", "io.usercleanup.user-cleanup"));
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(key);
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo(key);
        assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(manifest.getValue("Bundle-Version")).matches("\\d+\\.\\d+\\.\\d+(\\.[A-Za-z0-9_-]+)?");
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
        assertThat(descriptor.getDocumentElement().getAttribute("plugins-version")).isEqualTo("2");
        assertThat(springFiles).as("Spring XML under META-INF/spring/").isNotEmpty();
    }

    @Test
    void descriptor_hasNoComponentModules_whichOnlyTransformedPluginsUnderstand() {
        assertThat(descriptorElements("component")).isEmpty();
        assertThat(descriptorElements("component-import")).isEmpty();
        assertThat(descriptorElements("module-type")).isEmpty();
    }

    @Test
    void noAtlassianOrHostClass_isPackaged() {
        assertThat(entries).noneMatch(e -> e.startsWith("com/atlassian/"));
        assertThat(entries).noneMatch(e -> e.startsWith("net/java/ao/"));
        assertThat(entries).noneMatch(e -> e.startsWith("javax/") || e.startsWith("io/atlassian/"));
        assertThat(entries).noneMatch(e -> e.startsWith("org/slf4j/"));
    }

    @Test
    void noTestCode_isPackaged() {
        assertThat(entries).noneMatch(e -> e.startsWith("io/usercleanup/devhost/"));
        assertThat(entries).noneMatch(e -> e.startsWith("io/usercleanup/testsupport/"));
        assertThat(entries).noneMatch(e -> e.endsWith("Test.class") || e.endsWith("IT.class"));
    }

    @Test
    void ownLibraries_areEmbedded_notImported() {
        String classPath = manifest.getValue("Bundle-ClassPath");
        List<String> embedded = entries.stream().filter(e -> e.startsWith("META-INF/lib/") && e.endsWith(".jar"))
                .collect(Collectors.toList());

        assertThat(embedded).anyMatch(e -> e.startsWith("META-INF/lib/commons-csv-"));
        assertThat(classPath).isNotNull();
        assertThat(Arrays.asList(classPath.split(","))).contains(".").containsAll(embedded);
        assertThat(imports).noneMatch(p -> p.startsWith("org.apache.commons.") || p.startsWith("com.fasterxml."));
        assertThat(manifest.getValue("Export-Package")).isNull();
    }

    @Test
    void everyHostPackageThePluginUses_isImported() throws IOException {
        JavaClasses classes = new ClassFileImporter().importJar(jar);
        Set<String> used = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!c.getPackageName().startsWith("io.usercleanup")) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String pkg = d.getTargetClass().getPackageName();
                if (pkg.startsWith("com.atlassian.") || pkg.startsWith("net.java.ao") || pkg.startsWith("javax.")
                        || pkg.startsWith("io.atlassian.") || pkg.startsWith("org.slf4j")) {
                    used.add(pkg);
                }
            }
        }

        assertThat(used).as("host packages the plugin uses").isNotEmpty();
        assertThat(imports).containsAll(used);
        assertThat(imports).as("the JDK's own packages come from the boot class path").noneMatch(p -> p.startsWith("java."));
        assertThat(imports).contains("com.atlassian.activeobjects.external", "com.atlassian.crowd.embedded.api",
                "net.java.ao");
    }

    @Test
    void everyImport_isAPackageSomeClassOfTheBundleUses() throws IOException {
        // bnd reads the embedded jars too (Bundle-ClassPath), so they count.
        HostReferenceScanner scanner = new HostReferenceScanner(name -> !name.startsWith("io/usercleanup/"), name -> null);
        for (byte[] classFile : BundleClassFiles.read(Path.of(jar.getName()))) {
            scanner.scan(classFile);
        }
        Set<String> referenced = scanner.references().stream().map(HostReference::owner)
                .filter(owner -> owner.contains("/"))
                .map(owner -> owner.substring(0, owner.lastIndexOf('/')).replace('/', '.'))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(referenced).as("packages the bundle's classes refer to").containsAll(imports);
        assertThat(imports).doesNotContain("io.atlassian.fugue");
    }

    @Test
    void onlyThePackagesJacksonProbesFor_andTheAccessAnnotations_areOptional() {
        Map<String, String> clauses = importClauses(manifest.getValue("Import-Package"));
        Set<String> optional = clauses.entrySet().stream().filter(e -> e.getValue().contains("resolution:=optional"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));

        // An annotation whose class is missing is ignored when its class is loaded, so the bundle
        // runs on a host without them; everything else must be there.
        assertThat(optional).isNotEmpty()
                .allMatch(p -> p.startsWith("javax.xml.") || p.equals("org.w3c.dom") || p.equals("org.xml.sax")
                        || p.equals("com.atlassian.plugins.rest.api.security.annotation")
                        || p.equals("com.atlassian.annotations.security"));
        assertThat(optional).contains("com.atlassian.plugins.rest.api.security.annotation",
                "com.atlassian.annotations.security");
        assertThat(clauses.get("javax.servlet.http")).contains("version=\"[4.0,5)\"");
        assertThat(clauses.get("javax.ws.rs")).contains("version=\"[2.1,3)\"");
        assertThat(manifest.getValue("Include-Resource")).as("build paths in the manifest").isNull();
    }

    /** Each clause of an OSGi header by package name: the package's attributes and directives. */
    private static Map<String, String> importClauses(String header) {
        Map<String, String> clauses = new HashMap<>();
        Matcher m = Pattern.compile("([^,\"]|\"[^\"]*\")+").matcher(header);
        while (m.find()) {
            String clause = m.group().trim();
            int semicolon = clause.indexOf(';');
            clauses.put(semicolon < 0 ? clause : clause.substring(0, semicolon), semicolon < 0 ? "" : clause.substring(semicolon));
        }
        return clauses;
    }

    @Test
    void springContext_importsEveryHostService_andEachImportIsAnImportedPackage() {
        List<Element> references = springFiles.stream()
                .flatMap(d -> elements(d, "*", "reference").stream()).collect(Collectors.toList());

        assertThat(references).isNotEmpty();
        for (Element reference : references) {
            String type = reference.getAttribute("interface");
            assertThat(type).as("osgi:reference " + reference.getAttribute("id")).isNotBlank();
            assertThat(imports).as("package of " + type).contains(type.substring(0, type.lastIndexOf('.')));
        }
    }

    @Test
    void springContext_wiresEveryBean_throughAConstructorThatFitsItsArguments() throws Exception {
        Map<String, Class<?>> typesById = new HashMap<>();
        List<Element> beans = new ArrayList<>();
        for (Document d : springFiles) {
            for (Element reference : elements(d, "*", "reference")) {
                typesById.put(reference.getAttribute("id"), Class.forName(reference.getAttribute("interface")));
            }
            for (Element bean : elements(d, "http://www.springframework.org/schema/beans", "bean")) {
                beans.add(bean);
                if (!bean.getAttribute("id").isEmpty()) {
                    typesById.put(bean.getAttribute("id"), Class.forName(bean.getAttribute("class")));
                }
            }
        }

        assertThat(beans).isNotEmpty();
        for (Element bean : beans) {
            String className = bean.getAttribute("class");
            if (!className.startsWith("java.")) {
                assertThat(entries).as("bean class " + className + " in the jar")
                        .contains(className.replace('.', '/') + ".class");
            }
            List<Class<?>> argumentTypes = new ArrayList<>();
            for (Element arg : elements(bean.getOwnerDocument(), "*", "constructor-arg")) {
                if (arg.getParentNode() != bean) {
                    continue;
                }
                if (arg.hasAttribute("ref")) {
                    Class<?> type = typesById.get(arg.getAttribute("ref"));
                    assertThat(type).as(className + " refers to " + arg.getAttribute("ref")).isNotNull();
                    argumentTypes.add(type);
                } else {
                    argumentTypes.add(null);
                }
            }
            String factoryMethod = bean.getAttribute("factory-method");
            if (factoryMethod.isEmpty()) {
                assertThat(fits(Class.forName(className), argumentTypes))
                        .as(className + " has a public constructor taking " + argumentTypes).isTrue();
            } else {
                assertThat(Arrays.stream(Class.forName(className).getMethods())
                        .filter(m -> m.getName().equals(factoryMethod) && Modifier.isStatic(m.getModifiers()))
                        .anyMatch(m -> m.getParameterCount() == argumentTypes.size()))
                        .as(className + "." + factoryMethod + " is a static factory taking " + argumentTypes).isTrue();
            }
        }
    }

    private static boolean fits(Class<?> type, List<Class<?>> argumentTypes) {
        for (Constructor<?> constructor : type.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length != argumentTypes.size()) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < parameters.length && all; i++) {
                Class<?> given = argumentTypes.get(i);
                all = given == null ? isValueType(parameters[i]) : parameters[i].isAssignableFrom(given);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValueType(Class<?> parameter) {
        return parameter.isPrimitive() || parameter == String.class || Number.class.isAssignableFrom(parameter);
    }

    @Test
    void everyPortImplementation_isABean() throws IOException {
        Set<String> beanClasses = springFiles.stream()
                .flatMap(d -> elements(d, "http://www.springframework.org/schema/beans", "bean").stream())
                .map(b -> b.getAttribute("class")).collect(Collectors.toSet());
        JavaClasses classes = new ClassFileImporter().importJar(jar);
        List<String> implementations = new ArrayList<>();
        for (JavaClass c : classes) {
            boolean concrete = !c.isInterface() && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
                    && c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC);
            boolean implementsPort = c.getAllRawInterfaces().stream().anyMatch(i ->
                    i.getPackageName().equals("io.usercleanup.core.store")
                            || i.getPackageName().equals("io.usercleanup.core.directory"));
            if (concrete && implementsPort) {
                implementations.add(c.getName());
            }
        }

        assertThat(implementations).as("port implementations in the jar").isNotEmpty();
        assertThat(beanClasses).containsAll(implementations);
    }

    @Test
    void activeObjectsModule_listsEntitiesThatAreInTheJar() {
        List<Element> ao = descriptorElements("ao");
        assertThat(ao).hasSize(1);
        assertThat(ao.get(0).getAttribute("namespace")).isEqualTo("io.usercleanup.user-cleanup");
        NodeList entities = ao.get(0).getElementsByTagName("entity");
        assertThat(entities.getLength()).isGreaterThan(0);
        for (int i = 0; i < entities.getLength(); i++) {
            String entity = entities.item(i).getTextContent().trim();
            assertThat(entries).contains(entity.replace('.', '/') + ".class");
        }
    }

    @Test
    void servletModules_andWebResources_pointAtWhatIsInTheJar() {
        List<Element> servlets = descriptorElements("servlet");
        List<Element> resources = descriptorElements("web-resource").stream()
                .flatMap(w -> elements(w.getOwnerDocument(), "*", "resource").stream().filter(r -> r.getParentNode() == w))
                .collect(Collectors.toList());

        assertThat(servlets).hasSize(2);
        for (Element servlet : servlets) {
            assertThat(entries).contains(servlet.getAttribute("class").replace('.', '/') + ".class");
        }
        assertThat(resources).extracting(r -> r.getAttribute("location"))
                .contains("templates/admin.soy", "js/user-cleanup-admin.js", "css/user-cleanup-admin.css");
        for (Element resource : resources) {
            assertThat(entries).contains(resource.getAttribute("location"));
        }
    }

    @Test
    void i18nBundle_declaredInTheDescriptor_isInTheJar() {
        List<Element> i18n = descriptorElements("resource").stream()
                .filter(r -> "i18n".equals(r.getAttribute("type"))).collect(Collectors.toList());

        assertThat(i18n).hasSize(1);
        assertThat(entries).contains(i18n.get(0).getAttribute("location") + ".properties");
    }

    @Test
    void classesTargetJava17() throws IOException {
        JarEntry entry = jar.getJarEntry("io/usercleanup/core/service/CleanupRunner.class");
        try (InputStream in = jar.getInputStream(entry)) {
            byte[] header = in.readNBytes(8);
            assertThat(((header[6] & 0xff) << 8) | (header[7] & 0xff)).isEqualTo(61);
        }
    }
}
