package io.usercleanup.bundle;

import io.usercleanup.bundle.conformance.FelixResolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Platform 8 bundle ({@code bundle.jar}: Jira 11, Confluence 10) is wholly in the jakarta
 * namespace: no class file (its constant pool: types, descriptors, signatures, annotations, strings)
 * and no resource, in the bundle or in a jar it embeds, names a {@code javax.servlet},
 * {@code javax.ws.rs} or {@code javax.inject} package, the manifest imports their jakarta packages
 * instead, and every class file runs on Java 21. Each Platform 8 module's test extends it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class Platform8BundleChecks {
    /** The Java EE packages of Platform 7, in class-file and in source form. */
    static final List<String> JAVAX_EE = List.of("javax/servlet", "javax.servlet", "javax/ws/rs", "javax.ws.rs",
            "javax/inject", "javax.inject");
    /** Java 21's class-file major version. */
    static final int JAVA_21 = 65;

    private final List<Entry> entries = new ArrayList<>();
    private Path jar;

    /** One entry of the bundle, or of a jar it embeds ({@code outer!inner}). */
    record Entry(String name, byte[] bytes) {
    }

    @BeforeAll
    void readTheBundle() throws IOException {
        jar = Path.of(System.getProperty("bundle.jar", "target/missing.jar"));
        assertThat(jar).as("the built plugin jar").exists();
        try (InputStream in = Files.newInputStream(jar)) {
            read("", in, entries);
        }
    }

    private static void read(String prefix, InputStream archive, List<Entry> into) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.isDirectory()) {
                continue;
            }
            byte[] bytes = zip.readAllBytes();
            into.add(new Entry(prefix + e.getName(), bytes));
            if (e.getName().endsWith(".jar")) {
                read(prefix + e.getName() + "!", new ByteArrayInputStream(bytes), into);
            }
        }
    }

    /** The strings of a class file's constant pool: every name, descriptor, signature and string constant. */
    static List<String> constantPoolStrings(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        List<String> strings = new ArrayList<>();
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            if (offset > 0 && classFile[offset - 1] == 1) { // CONSTANT_Utf8: u2 length, then the bytes
                int length = reader.readUnsignedShort(offset);
                strings.add(new String(classFile, offset + 2, length, StandardCharsets.UTF_8));
            }
        }
        return strings;
    }

    /** The Java EE packages a text names. */
    static List<String> javaxEeIn(String text) {
        return JAVAX_EE.stream().filter(text::contains).toList();
    }

    @Test
    void noClassFile_namesAJavaxEeType() {
        List<String> offenders = new ArrayList<>();
        int classes = 0;
        for (Entry e : entries) {
            if (e.name().endsWith(".class")) {
                classes++;
                constantPoolStrings(e.bytes()).stream().filter(s -> !javaxEeIn(s).isEmpty())
                        .forEach(s -> offenders.add(e.name() + ": " + s));
            }
        }

        assertThat(classes).as("class files in the bundle").isGreaterThan(100);
        assertThat(offenders).isEmpty();
    }

    @Test
    void noResource_namesAJavaxEePackage() {
        List<String> offenders = entries.stream()
                .filter(e -> !e.name().endsWith(".class") && !e.name().endsWith(".jar"))
                .filter(e -> !javaxEeIn(new String(e.bytes(), StandardCharsets.ISO_8859_1)).isEmpty())
                .map(Entry::name).toList();

        assertThat(entries).extracting(Entry::name).contains("META-INF/MANIFEST.MF", "atlassian-plugin.xml",
                "META-INF/spring/plugin-context.xml");
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyClassFile_runsOnJava21() {
        List<String> newer = entries.stream().filter(e -> e.name().endsWith(".class"))
                .filter(e -> new ClassReader(e.bytes()).readUnsignedShort(6) > JAVA_21)
                .map(Entry::name).toList();

        assertThat(newer).isEmpty();
    }

    @Test
    void theManifest_importsTheJakartaPackages_andNoJavaxEeOne(@TempDir Path storage) throws Exception {
        Map<String, String> imports = FelixResolution.resolve(jar, List.of(), storage).imports();

        assertThat(imports).containsKeys("jakarta.servlet.http", "jakarta.ws.rs", "jakarta.ws.rs.core",
                "jakarta.ws.rs.ext", "jakarta.inject", "com.atlassian.sal.api.user");
        assertThat(imports.keySet()).noneMatch(name -> !javaxEeIn(name).isEmpty());
        assertThat(imports.get("jakarta.servlet.http")).as("the servlet import range admits Servlet 6 (Jakarta EE 10)")
                .contains("(version>=5.0.0)", "(!(version>=7.0.0))");
        assertThat(imports.get("jakarta.inject")).contains("(version>=2.0.0)", "(!(version>=3.0.0))");
    }

    @Test
    void theChecks_seeTheJavaxEeNames_ofThePlatform7Bundle() throws IOException {
        // The checks above pass on a bundle without any; they must also see them where they are.
        assertThat(javaxEeIn("Ljavax/servlet/http/HttpServletRequest;")).containsExactly("javax/servlet");
        assertThat(javaxEeIn("jakarta.servlet.http;version=\"[5.0,7)\"")).isEmpty();
        assertThat(platform7Entries()).filteredOn(e -> e.name().endsWith(".class"))
                .anyMatch(e -> constantPoolStrings(e.bytes()).stream().anyMatch(s -> s.contains("javax/servlet/http")));
    }

    @Test
    void theBundle_holdsWhatThePlatform7BundleHolds() throws IOException {
        // Maven's own META-INF/maven files name the module that wrote the jar.
        assertThat(named(entries)).containsExactlyInAnyOrderElementsOf(named(platform7Entries()));
    }

    private static List<String> named(List<Entry> entries) {
        return entries.stream().map(Entry::name).filter(name -> !name.startsWith("META-INF/maven/")).toList();
    }

    private static List<Entry> platform7Entries() throws IOException {
        Path platform7 = Path.of(System.getProperty("platform7.bundle.jar", "target/missing.jar"));
        assertThat(platform7).as("the Platform 7 bundle this one was made from").exists();
        List<Entry> p7 = new ArrayList<>();
        try (InputStream in = Files.newInputStream(platform7)) {
            read("", in, p7);
        }
        return p7;
    }
}
