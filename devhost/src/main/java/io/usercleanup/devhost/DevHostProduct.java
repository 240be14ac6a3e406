package io.usercleanup.devhost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * The product the dev host stands in for ({@code devhost.product}): Jira 10 or Confluence 9. Both
 * serve the same plugin code from the same directory fixture; they differ in the context path,
 * the plugin's descriptor and Spring context, the host services offered and the host's own
 * accounts' groups.
 */
public enum DevHostProduct {
    /** Jira Data Center 10 (Platform 7), at {@code http://localhost:2990/jira}. */
    JIRA("jira", "Jira", 2990, "jira-plugin", "jira11-plugin", "jira-administrators", "jira-users", "Jira Internal Directory",
            "seraph.rememberme.cookie"),
    /** Confluence Data Center 9 (Platform 7), at {@code http://localhost:1990/confluence}. */
    CONFLUENCE("confluence", "Confluence", 1990, "confluence-plugin", "confluence10-plugin", "confluence-administrators",
            "confluence-users", "Confluence Internal Directory", "seraph.confluence");

    private static final String DESCRIPTOR = "atlassian-plugin.xml";
    private static final String SPRING_CONTEXT = "META-INF/spring/plugin-context.xml";

    private final String key;
    private final String displayName;
    private final int defaultPort;
    private final String pluginModule;
    private final String platform8Module;
    private final String administratorsGroup;
    private final String usersGroup;
    private final String internalDirectoryName;
    private final String rememberMeCookie;

    DevHostProduct(String key, String displayName, int defaultPort, String pluginModule, String platform8Module,
                   String administratorsGroup, String usersGroup, String internalDirectoryName,
                   String rememberMeCookie) {
        this.key = key;
        this.displayName = displayName;
        this.defaultPort = defaultPort;
        this.pluginModule = pluginModule;
        this.platform8Module = platform8Module;
        this.administratorsGroup = administratorsGroup;
        this.usersGroup = usersGroup;
        this.internalDirectoryName = internalDirectoryName;
        this.rememberMeCookie = rememberMeCookie;
    }

    /** The value of {@code devhost.product}, ignoring case; a message lists the products otherwise. */
    public static DevHostProduct of(String value) {
        for (DevHostProduct product : values()) {
            if (product.key.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return product;
            }
        }
        throw new IllegalArgumentException("devhost.product: '" + value + "' is not a product (jira or confluence)");
    }

    /** {@code jira} or {@code confluence}. */
    public String key() {
        return key;
    }

    /** {@code Jira} or {@code Confluence}, for the host's own pages and messages. */
    public String displayName() {
        return displayName;
    }

    /**
     * The release the host stands in for on an Atlassian platform, for its log and status page:
     * {@code Jira 10 (Platform 7)}, {@code Jira 11 (Platform 8)}, {@code Confluence 9 (Platform 7)},
     * {@code Confluence 10 (Platform 8)} (CONTRACT section 4).
     */
    public String release(int platform) {
        if (platform != 7 && platform != 8) {
            throw new IllegalArgumentException("devhost.platform: '" + platform + "' is not a platform (7 or 8)");
        }
        int major = (this == JIRA ? 10 : 9) + platform - 7;
        return displayName + " " + major + " (Platform " + platform + ")";
    }

    /** {@code /jira} or {@code /confluence}. */
    public String contextPath() {
        return "/" + key;
    }

    /** The port of {@code atlas-run} for the product: 2990 or 1990. */
    public int defaultPort() {
        return defaultPort;
    }

    /** The product's plugin descriptor: {@code atlassian-plugin.xml} of its plugin module. */
    public URL descriptor() {
        return pluginFile(DESCRIPTOR);
    }

    /** The product's plugin Spring context: {@code META-INF/spring/plugin-context.xml} of its plugin module. */
    public URL springContext() {
        return pluginFile(SPRING_CONTEXT);
    }

    /**
     * A file of this product's plugin module. Both plugin modules are on the dev host's class path
     * and hold their files under the same names, as their bundles must; the one wanted is the copy
     * in the product's module ({@code jira-plugin/target/...} in a build, or the artifact
     * {@code user-cleanup-jira-plugin} from a repository; likewise {@code confluence-plugin}). On
     * Platform 8 the files are those of the Platform 8 bundle ({@code jira11-plugin},
     * {@code confluence10-plugin}), the only plugin modules on that dev host's class path.
     */
    URL pluginFile(String name) {
        List<URL> found = new ArrayList<>();
        try {
            Enumeration<URL> all = DevHostProduct.class.getClassLoader().getResources(name);
            while (all.hasMoreElements()) {
                URL url = all.nextElement();
                if (url.toString().contains(pluginModule) || url.toString().contains(platform8Module)) {
                    found.add(url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.size() != 1) {
            throw new IllegalStateException("Expected one " + name + " of the " + pluginModule
                    + " module on the class path, found " + found);
        }
        return found.get(0);
    }

    /** The host's login page: Jira's {@code /login.jsp}, Confluence's {@code /login.action}. */
    public String loginPath() {
        return this == CONFLUENCE ? "/login.action" : "/login.jsp";
    }

    /** The group whose members are the host's system administrators ({@code admin}'s group). */
    public String administratorsGroup() {
        return administratorsGroup;
    }

    /** The group of the host's ordinary account {@code user}. */
    public String usersGroup() {
        return usersGroup;
    }

    /** The name of the internal directory the host adds when the fixture has none. */
    public String internalDirectoryName() {
        return internalDirectoryName;
    }

    /**
     * The name of the product's "remember me" cookie, its Seraph {@code login.cookie.key}:
     * {@code seraph.rememberme.cookie} (Jira), {@code seraph.confluence} (Confluence).
     */
    public String rememberMeCookie() {
        return rememberMeCookie;
    }
}
