package io.usercleanup.testsupport.soy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Templates compiled by Closure Templates 2012-12-21, the generation Atlassian's Soy renderer
 * understands. Soy runs in a class loader of its own, over exactly its own libraries
 * ({@code target/soy-lib}, copied by the build), because it needs Guava 12 and Active Objects
 * brings Guava 26; it is called by reflection. Its Guice needs
 * {@code --add-opens java.base/java.lang=ALL-UNNAMED} (set for tests and in {@code .mvn/jvm.config}).
 */
public final class SoyTemplates {
    /** The module's {@code target/soy-lib}, or {@code usercleanup.soyLib} where the dev host runs from the root. */
    private static final Path LIBRARIES = Path.of(System.getProperty("usercleanup.soyLib", "target/soy-lib"));
    private static ClassLoader loader;

    private final Object tofu;

    private SoyTemplates(Object tofu) {
        this.tofu = tofu;
    }

    private static synchronized ClassLoader loader() {
        if (loader == null) {
            try (Stream<Path> jars = Files.list(LIBRARIES)) {
                URL[] urls = jars.filter(p -> p.toString().endsWith(".jar")).map(SoyTemplates::url).toArray(URL[]::new);
                if (urls.length == 0) {
                    throw new IllegalStateException("No Soy libraries in " + LIBRARIES.toAbsolutePath()
                            + "; the build copies them there (mvn generate-test-resources)");
                }
                loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException("No Soy libraries in " + LIBRARIES.toAbsolutePath(), e);
            }
        }
        return loader;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Compiles the template files, failing with Soy's own message (file, line, reason) for any
     * error in them.
     */
    public static SoyTemplates compile(List<URL> files) {
        return call(() -> {
            Class<?> builderType = loader().loadClass("com.google.template.soy.SoyFileSet$Builder");
            Object builder = builderType.getConstructor().newInstance();
            for (URL file : files) {
                builderType.getMethod("add", URL.class).invoke(builder, file);
            }
            Object fileSet = builderType.getMethod("build").invoke(builder);
            return new SoyTemplates(fileSet.getClass().getMethod("compileToTofu").invoke(fileSet));
        });
    }

    /** Renders a template (full name, such as {@code UserCleanup.Admin.configurationPage}). */
    public String render(String template, Map<String, ?> data) {
        return call(() -> {
            Object renderer = tofu.getClass().getMethod("newRenderer", String.class).invoke(tofu, template);
            Class<?> rendererType = loader().loadClass("com.google.template.soy.tofu.SoyTofu$Renderer");
            rendererType.getMethod("setData", Map.class).invoke(renderer, data);
            return (String) rendererType.getMethod("render").invoke(renderer);
        });
    }

    private interface Call<T> {
        T run() throws ReflectiveOperationException;
    }

    private static <T> T call(Call<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader());
        try {
            return call.run();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException("Soy: " + cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Soy could not be called: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
