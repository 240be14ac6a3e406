package io.usercleanup.bundle.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;

/** Every class file of a bundle jar, those of the jars it embeds included. */
public final class BundleClassFiles {
    private BundleClassFiles() {
    }

    public static List<byte[]> read(Path jarPath) throws IOException {
        List<byte[]> classes = new ArrayList<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                try (InputStream in = jar.getInputStream(entry)) {
                    if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                        classes.add(in.readAllBytes());
                    } else if (entry.getName().endsWith(".jar")) {
                        embedded(in.readAllBytes(), classes);
                    }
                }
            }
        }
        return classes;
    }

    private static void embedded(byte[] jarBytes, List<byte[]> classes) throws IOException {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jarBytes))) {
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                String name = e.getName();
                if (name.endsWith(".class") && !name.endsWith("module-info.class") && !name.startsWith("META-INF/versions/")) {
                    classes.add(in.readAllBytes());
                }
            }
        }
    }
}
