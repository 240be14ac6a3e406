package io.usercleanup.bundle.conformance;

import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves a built bundle in a fresh Apache Felix whose system bundle exports the given host
 * packages at their versions, as each product's bundle test does against its facts page.
 *
 * @param state      the bundle's state after resolving ({@link Bundle#RESOLVED} when it resolved)
 * @param unresolved when not resolved, the framework's reason and the package requirements nothing
 *                   exports; empty otherwise
 * @param imports    the bundle's package requirements as the framework read its manifest: package
 *                   name to the requirement's filter (with the version range)
 */
public record FelixResolution(int state, String unresolved, Map<String, String> imports) {

    /** Installs the jar in a framework keeping its files in {@code storage} and resolves it. */
    public static FelixResolution resolve(Path jar, List<HostPackage> exported, Path storage) throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, exported.stream()
                .map(p -> p.name() + ";version=\"" + p.version() + "\"").collect(Collectors.joining(",")));
        Felix felix = new Felix(config);
        felix.start();
        try {
            Bundle bundle;
            try (InputStream in = Files.newInputStream(jar)) {
                bundle = felix.getBundleContext().installBundle("file:" + jar.toAbsolutePath(), in);
            }
            felix.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
            return new FelixResolution(bundle.getState(),
                    bundle.getState() == Bundle.INSTALLED ? unresolvedRequirements(bundle) : "", imports(bundle));
        } finally {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }

    private static Map<String, String> imports(Bundle bundle) {
        Map<String, String> imports = new TreeMap<>();
        for (BundleRequirement requirement : bundle.adapt(BundleRevision.class)
                .getDeclaredRequirements(BundleRevision.PACKAGE_NAMESPACE)) {
            String filter = requirement.getDirectives().get(Constants.FILTER_DIRECTIVE);
            Matcher name = PACKAGE.matcher(filter);
            if (name.find()) {
                imports.put(name.group(1), filter);
            }
        }
        return imports;
    }

    private static final Pattern PACKAGE = Pattern.compile("\\(" + BundleRevision.PACKAGE_NAMESPACE + "=([^)]+)\\)");

    /** The framework's reason (starting would throw it) and the package requirements nothing exports. */
    private static String unresolvedRequirements(Bundle bundle) {
        StringBuilder why = new StringBuilder();
        try {
            bundle.start();
            bundle.stop();
        } catch (BundleException e) {
            why.append(e.getMessage()).append('\n');
        }
        for (BundleRequirement requirement : bundle.adapt(BundleRevision.class)
                .getDeclaredRequirements(BundleRevision.PACKAGE_NAMESPACE)) {
            if (!"optional".equals(requirement.getDirectives().get(Constants.RESOLUTION_DIRECTIVE))) {
                why.append("  requires ").append(requirement.getDirectives().get(Constants.FILTER_DIRECTIVE)).append('\n');
            }
        }
        return why.toString();
    }
}
